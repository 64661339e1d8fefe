package eu.dhso.skills.assessment;

import java.util.List;

import eu.dhso.skills.LearningRecommendations;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The fallback until a module offers training: what the next level of the competence
 * looks like in the framework, with a link to the competence's descriptors.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class FrameworkDescriptorRecommendations implements LearningRecommendations {

	@Override
	public List<Recommendation> recommend(CompetenceGap gap) {
		if (gap.nextLevelDescriptor() == null) {
			return List.of();
		}
		return List.of(new Recommendation(gap.competenceCode() + " " + gap.competenceTitle(), gap.nextLevelDescriptor(),
				"/framework#competence-" + gap.competenceCode()));
	}

}
