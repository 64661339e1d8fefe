package eu.dhso.guidelines.guideline;

import java.util.ArrayList;
import java.util.List;

import eu.dhso.core.trail.CompetenceTrail;
import eu.dhso.core.trail.CompetenceTrail.CitingRecommendation;
import eu.dhso.core.trail.CompetenceTrailSource;
import eu.dhso.core.trail.TrailCompetence;
import eu.dhso.guidelines.guideline.Guideline.PublishedVersion;
import eu.dhso.guidelines.guideline.GuidelineDocument.EvidenceKind;
import eu.dhso.guidelines.guideline.GuidelineDocument.Recommendation;

import org.springframework.stereotype.Component;

/**
 * The recommendations of the latest published version of each guideline that cite the
 * competence as evidence (a skills-map cell of it).
 */
@Component
class GuidelineCompetenceTrail implements CompetenceTrailSource {

	private final GuidelinePublishing guidelines;

	GuidelineCompetenceTrail(GuidelinePublishing guidelines) {
		this.guidelines = guidelines;
	}

	@Override
	public CompetenceTrail trail(TrailCompetence competence) {
		List<CitingRecommendation> citing = new ArrayList<>();
		for (PublishedVersion version : this.guidelines.published()) {
			for (Recommendation recommendation : version.document().recommendations()) {
				boolean cites = recommendation.evidence()
					.stream()
					.anyMatch((e) -> e.kind() == EvidenceKind.SKILLS_CELL && competence.code().equals(e.competence()));
				if (cites) {
					citing.add(new CitingRecommendation(version.document().title(),
							"/guidelines/" + version.slug() + "/versions/" + version.number(), recommendation.text()));
				}
			}
		}
		return CompetenceTrail.ofRecommendations(citing);
	}

}
