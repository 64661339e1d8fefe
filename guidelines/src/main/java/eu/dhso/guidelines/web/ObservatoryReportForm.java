package eu.dhso.guidelines.web;

import eu.dhso.guidelines.report.ReportDocument;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The observatory report composer, with the version of the draft it was opened on so a
 * save over someone else's is refused.
 */
record ObservatoryReportForm(@Pattern(regexp = "[a-z0-9][a-z0-9-]{2,79}") String slug,
		@NotBlank @Size(max = 200) String title, @Size(max = 2000) String summary,
		@NotBlank @Size(max = 100000) String body, Long version) {

	static ObservatoryReportForm empty() {
		return new ObservatoryReportForm(null, null, null, null, 0L);
	}

	static ObservatoryReportForm of(String slug, ReportDocument document, long version) {
		return new ObservatoryReportForm(slug, document.title(), document.summary(), document.body(), version);
	}

	ObservatoryReportForm withVersion(long version) {
		return new ObservatoryReportForm(this.slug, this.title, this.summary, this.body, version);
	}

	ReportDocument toDocument() {
		return new ReportDocument(this.title.strip(), this.summary, this.body);
	}

	/** The version the form was opened on; a form without one is treated as stale. */
	long expectedVersion() {
		return (this.version != null) ? this.version : -1;
	}

}
