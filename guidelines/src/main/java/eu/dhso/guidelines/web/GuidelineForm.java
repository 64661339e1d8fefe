package eu.dhso.guidelines.web;

import java.util.List;

import eu.dhso.guidelines.guideline.Audience;
import eu.dhso.guidelines.guideline.GuidelineDocument;
import eu.dhso.guidelines.guideline.RecommendationLines;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The guideline editor: the body is Markdown, recommendations one per line; the version
 * of the draft it was opened on refuses a save over someone else's.
 */
record GuidelineForm(@Pattern(regexp = "[a-z0-9][a-z0-9-]{2,79}") String slug, @NotBlank @Size(max = 200) String title,
		@NotNull Audience audience, @Size(max = 2000) String summary, @NotBlank @Size(max = 100000) String body,
		@Size(max = 20000) String recommendations, List<String> professions, Long version) {

	GuidelineForm {
		professions = (professions != null) ? List.copyOf(professions) : List.of();
	}

	static GuidelineForm empty() {
		return new GuidelineForm(null, null, null, null, null, null, List.of(), 0L);
	}

	static GuidelineForm of(String slug, GuidelineDocument document, long version) {
		return new GuidelineForm(slug, document.title(), document.audience(), document.summary(), document.body(),
				RecommendationLines.format(document.recommendations()), document.professions(), version);
	}

	GuidelineForm withVersion(long version) {
		return new GuidelineForm(this.slug, this.title, this.audience, this.summary, this.body, this.recommendations,
				this.professions, version);
	}

	/**
	 * @throws IllegalArgumentException when a recommendation line does not parse
	 */
	GuidelineDocument toDocument() {
		return new GuidelineDocument(this.title.strip(), this.audience, this.summary, this.body,
				RecommendationLines.parse(this.recommendations), this.professions);
	}

	/** The version the form was opened on; a form without one is treated as stale. */
	long expectedVersion() {
		return (this.version != null) ? this.version : -1;
	}

}
