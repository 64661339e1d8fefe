package eu.dhso.guidelines.web;

import eu.dhso.guidelines.report.ReportDocument;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The report composer. */
public class ReportForm {

	@Pattern(regexp = "[a-z0-9][a-z0-9-]{2,79}")
	private String slug;

	@NotBlank
	@Size(max = 200)
	private String title;

	@Size(max = 2000)
	private String summary;

	@NotBlank
	@Size(max = 100000)
	private String body;

	private long version;

	static ReportForm of(String slug, ReportDocument document, long version) {
		ReportForm form = new ReportForm();
		form.slug = slug;
		form.title = document.title();
		form.summary = document.summary();
		form.body = document.body();
		form.version = version;
		return form;
	}

	ReportDocument toDocument() {
		return new ReportDocument(this.title.strip(), this.summary, this.body);
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

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
