package eu.dhso.cases.workflow;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Consumer;

import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.cases.domain.InterviewCases;
import eu.dhso.cases.library.PublishedCases.Narrowing;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.directory.OrganisationDirectory;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What partners do with their organisation's cases: write, submit, withdraw, revise. */
@Service
@Transactional
public class CaseDrafts {

	private final InterviewCases cases;

	private final CaseAccess access;

	private final OrganisationDirectory organisations;

	private final CompetenceIndex competences;

	private final AuditLog auditLog;

	private final PublicCopyConsent publicCopy;

	private final Clock clock = Clock.systemUTC();

	CaseDrafts(InterviewCases cases, CaseAccess access, OrganisationDirectory organisations,
			CompetenceIndex competences, AuditLog auditLog, PublicCopyConsent publicCopy) {
		this.cases = cases;
		this.access = access;
		this.organisations = organisations;
		this.competences = competences;
		this.auditLog = auditLog;
		this.publicCopy = publicCopy;
	}

	@Transactional(readOnly = true)
	public Page<InterviewCase> ofOrganisation(ObservatoryUser partner, Pageable pageable) {
		Page<InterviewCase> page = this.cases.findByOrganisationIdOrderByUpdatedAtDesc(partner.getOrganisationId(),
				pageable);
		// the list tells a published case under revision from a first draft, which needs
		// its history
		page.forEach((c) -> c.getTransitions().size());
		return page;
	}

	/**
	 * The country of the partner's organisation: where a new case is, unless they choose
	 * another.
	 */
	@Transactional(readOnly = true)
	public String homeCountry(ObservatoryUser partner) {
		return this.organisations.byId(partner.getOrganisationId())
			.map((organisation) -> organisation.countryCode())
			.orElse(null);
	}

	/**
	 * Starts a draft for the partner's organisation, in its country, with the first step
	 * applied.
	 */
	public InterviewCase start(ObservatoryUser partner, String title, Consumer<InterviewCase> basics) {
		var organisation = this.organisations.byId(partner.getOrganisationId())
			.orElseThrow(() -> new IllegalStateException("Partner without organisation"));
		InterviewCase draft = new InterviewCase(organisation.id(), organisation.countryCode(), title,
				partner.getUsername(), this.clock);
		basics.accept(draft);
		draft = this.cases.save(draft);
		this.auditLog.record(partner.getUsername(), "case.create", "InterviewCase", draft.getId(), "SUCCESS", null);
		return draft;
	}

	/**
	 * Applies one step's changes, refusing them if the case changed since the partner
	 * opened it (the version the form carried). Narrower consent reaches the public copy
	 * of a case under revision in the same transaction.
	 */
	public Edit edit(Long id, ObservatoryUser partner, long expectedVersion, Consumer<InterviewCase> change) {
		InterviewCase found = this.access.forPartner(id, partner);
		if (found.getVersion() != expectedVersion) {
			throw new StaleCaseException(id, found.getVersion());
		}
		change.accept(found);
		return new Edit(found, this.publicCopy.apply(found, partner.getUsername(), this.clock));
	}

	/** A saved step, and what it did to the public copy, if anything. */
	public record Edit(InterviewCase saved, Optional<Narrowing> consentNarrowed) {
	}

	@Transactional(readOnly = true)
	public InterviewCase load(Long id, ObservatoryUser partner) {
		InterviewCase found = this.access.forPartner(id, partner);
		// the pages show these collections; load them inside the transaction
		found.getTransitions().size();
		found.getRevisions().size();
		found.getTechnologies().size();
		found.getIndicators().size();
		found.getSkills().size();
		found.getTraining().size();
		found.getInterviewees().size();
		found.getScores().size();
		found.professionCodes().size();
		found.openFieldComments().size();
		return found;
	}

	public void submit(Long id, ObservatoryUser partner) {
		InterviewCase found = this.access.forPartner(id, partner);
		found.submit(partner.getUsername(), this.competences.codes(), this.clock);
		this.auditLog.record(partner.getUsername(), "case.submit", "InterviewCase", id, "SUCCESS",
				"revision " + found.getRevisions().size());
	}

	public void withdraw(Long id, ObservatoryUser partner, String reason) {
		InterviewCase found = this.access.forPartner(id, partner);
		found.withdraw(partner.getUsername(), reason, this.clock);
		this.publicCopy.takeOffline(found, partner.getUsername(), this.clock);
		this.auditLog.record(partner.getUsername(), "case.withdraw", "InterviewCase", id, "SUCCESS", reason);
	}

	public void revise(Long id, ObservatoryUser partner) {
		InterviewCase found = this.access.forPartner(id, partner);
		found.reviseAfterPublication(partner.getUsername(), this.clock);
		this.auditLog.record(partner.getUsername(), "case.revise", "InterviewCase", id, "SUCCESS", null);
	}

}
