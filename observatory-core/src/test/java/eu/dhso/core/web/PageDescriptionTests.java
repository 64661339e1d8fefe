package eu.dhso.core.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PageDescriptionTests {

	@Test
	void aShortSummaryIsTheDescriptionOnOneLine() {
		assertThat(PageDescription.of("Nurses triage\n\n  by video.")).isEqualTo("Nurses triage by video.");
	}

	@Test
	void markdownMarksAndLinkTargetsAreLeftOut() {
		assertThat(PageDescription.of("## Aims\n**Safer** [handover](https://example.org/x) with `EHR`"))
			.isEqualTo("Aims Safer handover with EHR");
	}

	@Test
	void aLongSummaryIsCutAtAWordWithAnEllipsis() {
		String text = "word ".repeat(60);
		String description = PageDescription.of(text);
		assertThat(description).hasSizeLessThanOrEqualTo(PageDescription.LIMIT).endsWith("word…");
	}

	@Test
	void noTextGivesNoDescription() {
		assertThat(PageDescription.of(null)).isNull();
		assertThat(PageDescription.of(" \n ")).isNull();
	}

}
