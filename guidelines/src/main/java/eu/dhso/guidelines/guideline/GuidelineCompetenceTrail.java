package eu.dhso.guidelines.guideline;

import java.util.ArrayList;
import java.util.List;

import eu.dhso.core.trail.CompetenceTrail;
import eu.dhso.core.trail.CompetenceTrail.CitingRecommendation;
import eu.dhso.core.translation.ContentLanguage;
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

	private final GuidelineTranslating translating;

	GuidelineCompetenceTrail(GuidelinePublishing guidelines, GuidelineTranslating translating) {
		this.guidelines = guidelines;
		this.translating = translating;
	}

	@Override
	public CompetenceTrail trail(TrailCompetence competence) {
		List<CitingRecommendation> citing = new ArrayList<>();
		// guideline titles in the reader's language, marked where still English
		GuidelineTranslating.Titles titles = this.translating.titles(ContentLanguage.current());
		for (PublishedVersion version : this.guidelines.published()) {
			for (Recommendation recommendation : version.document().recommendations()) {
				boolean cites = recommendation.evidence()
					.stream()
					.anyMatch((e) -> e.kind() == EvidenceKind.SKILLS_CELL && competence.code().equals(e.competence()));
				if (cites) {
					String title = version.document().title();
					citing.add(new CitingRecommendation(titles.of(version.slug(), title),
							"/guidelines/" + version.slug() + "/versions/" + version.number(), recommendation.text(),
							titles.english(version.slug(), title)));
				}
			}
		}
		return CompetenceTrail.ofRecommendations(citing);
	}

}
