package eu.dhso.guidelines.guideline;

import java.util.List;
import java.util.Locale;

import eu.dhso.core.guidance.ProfessionGuidanceSource;
import eu.dhso.guidelines.guideline.GuidelineTranslating.Titles;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training guidelines per profession (ProMIS "Addressing"): every published guideline
 * whose latest version names the profession in its audience, for the profession's page.
 */
@Component
class GuidelinesForProfessions implements ProfessionGuidanceSource {

	private final GuidelinePublishing guidelines;

	private final GuidelineTranslating translating;

	GuidelinesForProfessions(GuidelinePublishing guidelines, GuidelineTranslating translating) {
		this.guidelines = guidelines;
		this.translating = translating;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Guidance> forProfession(String profession, Locale locale) {
		Titles titles = this.translating.titles(locale.getLanguage());
		return this.guidelines.published()
			.stream()
			.filter((v) -> v.document().speaksTo(profession))
			.map((v) -> new Guidance(titles.of(v.slug(), v.document().title()), "/guidelines/" + v.slug()))
			.toList();
	}

}
