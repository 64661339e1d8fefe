package eu.dhso.guidelines.web;

import eu.dhso.guidelines.guideline.Audience;
import eu.dhso.guidelines.guideline.GuidelineDocument;
import eu.dhso.guidelines.guideline.RecommendationLines;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The guideline editor: the body is Markdown, recommendations one per line. */
public class GuidelineForm {

	@Pattern(regexp = "[a-z0-9][a-z0-9-]{2,79}")
	private String slug;

	@NotBlank
	@Size(max = 200)
	private String title;

	@NotNull
	private Audience audience;

	@Size(max = 2000)
	private String summary;

	@NotBlank
	@Size(max = 100000)
	private String body;

	@Size(max = 20000)
	private String recommendations;

	private long version;

	static GuidelineForm of(String slug, GuidelineDocument document, long version) {
		GuidelineForm form = new GuidelineForm();
		form.slug = slug;
		form.title = document.title();
		form.audience = document.audience();
		form.summary = document.summary();
		form.body = document.body();
		form.recommendations = RecommendationLines.format(document.recommendations());
		form.version = version;
		return form;
	}

	/**
	 * @throws IllegalArgumentException when a recommendation line does not parse
	 */
	GuidelineDocument toDocument() {
		return new GuidelineDocument(this.title.strip(), this.audience, this.summary, this.body,
				RecommendationLines.parse(this.recommendations));
	}

	public String getSlug() {
		return this.slug;
	}

	public void setSlug(String slug) {
		this.slug = slug;
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public Audience getAudience() {
		return this.audience;
	}

	public void setAudience(Audience audience) {
		this.audience = audience;
	}

	public String getSummary() {
		return this.summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public String getBody() {
		return this.body;
	}

	public void setBody(String body) {
		this.body = body;
	}

	public String getRecommendations() {
		return this.recommendations;
	}

	public void setRecommendations(String recommendations) {
		this.recommendations = recommendations;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
