package eu.dhso.cases.workflow;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.cases.library.PublishedCases;
import eu.dhso.cases.library.PublishedCases.Narrowing;
import eu.dhso.cases.report.OpenReportPublishing;
import eu.dhso.core.audit.AuditLog;

import org.springframework.stereotype.Component;

/**
 * Narrowed consent reaches everything the public sees of a case in the transaction that
 * saves it, without waiting for review: the library copy (page, search, CSV, open data),
 * its public attachments (withdrawn until the next publication) and the published Open
 * Reports. Each change is audited and listed for the editors; widening consent waits for
 * the next publication.
 */
@Component
class PublicCopyConsent {

	private final PublishedCases published;

	private final CaseAttachments attachments;

	private final OpenReportPublishing reports;

	private final ConsentNotices notices;

	private final AuditLog auditLog;

	PublicCopyConsent(PublishedCases published, CaseAttachments attachments, OpenReportPublishing reports,
			ConsentNotices notices, AuditLog auditLog) {
		this.published = published;
		this.attachments = attachments;
		this.reports = reports;
		this.notices = notices;
		this.auditLog = auditLog;
	}

	/** Applies the case's consent as saved now to its public copy, if it has one. */
	Optional<Narrowing> apply(InterviewCase source, String actor, Clock clock) {
		if (!source.wasPublished()) {
			return Optional.empty();
		}
		Optional<Narrowing> narrowing = this.published.narrowTo(source);
		narrowing.ifPresent((effect) -> {
			boolean offline = effect == Narrowing.OFFLINE;
			// a file may show a name or a letterhead too; the next publication shows the
			// files marked public again
			this.attachments.unpublish(source.getId());
			List<Long> reports = this.reports.honourNarrowedConsent(source.getId(), offline);
			this.notices.record(source.getId(), effect, actor, clock.instant());
			this.auditLog.record(actor, "case.consentNarrowed", "InterviewCase", source.getId(), "SUCCESS",
					effect.name() + (reports.isEmpty() ? "" : ", Open Reports " + reports));
		});
		return narrowing;
	}

	/** Takes the public copy offline, e.g. when the case is withdrawn under revision. */
	void takeOffline(InterviewCase source, String actor, Clock clock) {
		if (this.published.find(source.getId()).isEmpty()) {
			return;
		}
		this.published.remove(source.getId());
		this.attachments.unpublish(source.getId());
		this.reports.honourNarrowedConsent(source.getId(), true);
		this.notices.record(source.getId(), Narrowing.OFFLINE, actor, clock.instant());
	}

}
