package eu.dhso.cases.report;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import eu.dhso.cases.library.PublishedCases;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.evidence.CitedEvidence;
import eu.dhso.core.evidence.EvidenceCatalogue;
import eu.dhso.core.evidence.EvidenceKind;

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

	private final EvidenceCatalogue evidence;

	private final Clock clock = Clock.systemUTC();

	OpenReportPublishing(OpenReports reports, PublishedCases cases, AuditLog auditLog, EvidenceCatalogue evidence) {
		this.reports = reports;
		this.cases = cases;
		this.auditLog = auditLog;
		this.evidence = evidence;
	}

	/**
	 * Citations as written ({@code case:12}), checked against the public evidence: each
	 * pinned to the version or period shown now, or listed as unknown.
	 */
	@Transactional(readOnly = true)
	public CheckedCitations check(List<String> tokens) {
		List<CitedEvidence> cited = new ArrayList<>();
		List<String> unknown = new ArrayList<>();
		for (String token : tokens) {
			this.evidence.resolve(token).ifPresentOrElse(cited::add, () -> unknown.add(token));
		}
		return new CheckedCitations(List.copyOf(cited), List.copyOf(unknown));
	}

	/** Citations checked: what they cite now, and those that name nothing public. */
	public record CheckedCitations(List<CitedEvidence> cited, List<String> unknown) {

		public boolean valid() {
			return this.unknown.isEmpty();
		}

	}

	/**
	 * Public evidence of a kind whose title or code contains the text, for the picker.
	 */
	@Transactional(readOnly = true)
	public List<CitedEvidence> findEvidence(EvidenceKind kind, String text) {
		return this.evidence.search(kind, text, 20);
	}

	/**
	 * Cites public evidence after the draft's other citations, as the admin saw the draft
	 * at {@code expectedVersion}.
	 * @throws EvidenceNotCitableException when it is unknown or not public
	 * @throws StaleReportException when someone saved the draft since
	 */
	public void cite(Long id, long expectedVersion, EvidenceKind kind, String reference, String admin) {
		OpenReport report = find(id);
		if (report.getVersion() != expectedVersion) {
			throw new StaleReportException(id);
		}
		CitedEvidence cited = this.evidence.resolve(kind, reference)
			.orElseThrow(() -> new EvidenceNotCitableException(kind.prefix() + ":" + reference));
		List<CitedEvidence> citations = new ArrayList<>(report.getCitations());
		if (citations.stream().noneMatch((c) -> c.token().equals(cited.token()))) {
			citations.add(cited);
		}
		report.cite(citations);
		this.auditLog.record(admin, "report.cite", "OpenReport", id, "SUCCESS", cited.token());
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
	 * Saves the draft with its checked citations unless someone saved it since the admin
	 * opened it.
	 */
	public OpenReport describe(Long id, long expectedVersion, String title, ReportScope scope, String introduction,
			String conclusions, List<CitedEvidence> citations) {
		OpenReport report = describe(id, expectedVersion, title, scope, introduction, conclusions);
		report.cite(citations);
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

	/**
	 * Freezes the report with the body drafted from the cases as they are now, and each
	 * citation as its evidence is now.
	 * @throws EvidenceNotCitableException when a citation names nothing public any more
	 */
	public OpenReport publish(Long id, String admin) {
		OpenReport report = find(id);
		List<CitedEvidence> frozen = report.getCitations()
			.stream()
			.map((c) -> this.evidence.resolve(c.kind(), c.reference())
				.orElseThrow(() -> new EvidenceNotCitableException(c.token())))
			.toList();
		report.publish(draftContent(report.scope()), frozen, admin, this.clock.instant());
		this.auditLog.record(admin, "report.publish", "OpenReport", id, "SUCCESS",
				report.getContent().caseCount() + " cases");
		return report;
	}

}
