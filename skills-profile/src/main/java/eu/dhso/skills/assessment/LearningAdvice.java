package eu.dhso.skills.assessment;

import java.util.List;

import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.skills.LearningRecommendations;
import eu.dhso.skills.LearningRecommendations.CompetenceGap;
import eu.dhso.skills.LearningRecommendations.Recommendation;
import eu.dhso.skills.assessment.AssessmentScoring.CompetenceResult;
import eu.dhso.skills.assessment.SelfAssessmentTaking.PersonalResult;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Recommended learning for the largest gaps, from the first source that has something.
 */
@Component
public class LearningAdvice {

	/** The result page advises on this many gaps, so the advice stays actionable. */
	public static final int LARGEST_GAPS = 3;

	private final ObjectProvider<LearningRecommendations> sources;

	LearningAdvice(ObjectProvider<LearningRecommendations> sources) {
		this.sources = sources;
	}

	public List<Advice> forLargestGaps(PersonalResult personal) {
		return personal.result().largestGaps(LARGEST_GAPS).stream().map((gap) -> advise(personal, gap)).toList();
	}

	private Advice advise(PersonalResult personal, CompetenceResult result) {
		CompetenceView competence = personal.framework()
			.areas()
			.stream()
			.flatMap((a) -> a.competences().stream())
			.filter((c) -> c.id().equals(result.competenceId()))
			.findFirst()
			.orElseThrow();
		CompetenceGap gap = new CompetenceGap(competence.id(), competence.code(), competence.title(),
				result.assessedLevel(), result.expectedLevel(), competence.levels().get(result.assessedLevel() + 1));
		List<Recommendation> recommendations = this.sources.orderedStream()
			.map((source) -> source.recommend(gap))
			.filter((list) -> !list.isEmpty())
			.findFirst()
			.orElse(List.of());
		return new Advice(gap, recommendations);
	}

	public record Advice(CompetenceGap gap, List<Recommendation> recommendations) {
	}

}
