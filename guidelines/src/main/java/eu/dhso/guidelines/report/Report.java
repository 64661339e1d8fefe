package eu.dhso.guidelines.report;

import java.time.Instant;

/** An observatory report as pages, feeds and the open-data API read it. */
public record Report(Long id, String slug, ReportDocument draft, ReportSnapshot snapshot, ReportStatus status,
		Instant publishedAt, Instant withdrawnAt, String withdrawalNote, long version) {

	public String title() {
		return (this.snapshot != null) ? this.snapshot.title() : this.draft.title();
	}

}
