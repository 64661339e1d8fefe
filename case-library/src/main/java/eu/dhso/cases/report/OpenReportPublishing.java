package eu.dhso.cases.report;

import java.time.Clock;
import java.util.List;

import eu.dhso.cases.library.PublishedCases;
import eu.dhso.core.audit.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafting, previewing and publishing Open Reports (admins), and reading the published
 * ones (everyone).
 */
@Service
@Transactional
public class OpenReportPublishing {

	private final OpenReports reports;

	private final PublishedCases cases;

	private final AuditLog auditLog;

	private final Clock clock = Clock.systemUTC();

	OpenReportPublishing(OpenReports reports, PublishedCases cases, AuditLog auditLog) {
		this.reports = reports;
		this.cases = cases;
		this.auditLog = auditLog;
	}

	@Transactional(readOnly = true)
	public List<OpenReport> published() {
		return this.reports.findByStatusOrderByPublishedAtDesc(OpenReport.Status.PUBLISHED);
	}

	@Transactional(readOnly = true)
	public List<OpenReport> all() {
		return this.reports.findAllByOrderByCreatedAtDesc();
	}

	/** A published report; drafts are not found, whoever asks. */
	@Transactional(readOnly = true)
	public OpenReport findPublished(Long id) {
		return this.reports.findById(id)
			.filter(OpenReport::isPublished)
			.orElseThrow(() -> new ReportNotFoundException(id));
	}

	@Transactional(readOnly = true)
	public OpenReport find(Long id) {
		return this.reports.findById(id).orElseThrow(() -> new ReportNotFoundException(id));
	}

	/** The body the report would have if it were published now. */
	@Transactional(readOnly = true)
	public ReportContent draftContent(ReportScope scope) {
		return ReportContent.draft(
				this.cases.publishedBetween(scope.from(), scope.to(), scope.countries(), scope.technologies()), scope);
	}

	public OpenReport start(String title, ReportScope scope, String admin) {
		OpenReport report = this.reports.save(new OpenReport(title, scope, admin, this.clock.instant()));
		this.auditLog.record(admin, "report.create", "OpenReport", report.getId(), "SUCCESS", null);
		return report;
	}

	/** Saves the draft unless someone saved it since the admin opened it. */
	public OpenReport describe(Long id, long expectedVersion, String title, ReportScope scope, String introduction,
			String conclusions) {
		OpenReport report = find(id);
		if (report.getVersion() != expectedVersion) {
			throw new StaleReportException(id);
		}
		report.describe(title, scope, introduction, conclusions);
		return report;
	}

	/**
	 * Applies a case's narrowed consent to every published report that shows it; returns
	 * the ids of the reports changed.
	 */
	public List<Long> honourNarrowedConsent(long caseId, boolean offline) {
		return published().stream()
			.filter((report) -> report.honourNarrowedConsent(caseId, offline))
			.map(OpenReport::getId)
			.toList();
	}

	/** Freezes the report with the body drafted from the cases as they are now. */
	public OpenReport publish(Long id, String admin) {
		OpenReport report = find(id);
		report.publish(draftContent(report.scope()), admin, this.clock.instant());
		this.auditLog.record(admin, "report.publish", "OpenReport", id, "SUCCESS",
				report.getContent().caseCount() + " cases");
		return report;
	}

}
