package eu.dhso.lab.cohort;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.SchemeSnapshot.ModuleSnapshot;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a professional does in a cohort: ask for a place, answer an invitation, leave,
 * give or withdraw consent to count their levels, mark self-paced activities done. Each
 * acts on the person's own place only.
 */
@Component
@Transactional
public class CohortMembership {

	private final Cohorts cohorts;

	private final PublishedSchemes schemes;

	private final Clock clock;

	private final CohortLetters letters;

	CohortMembership(Cohorts cohorts, PublishedSchemes schemes, Optional<Clock> clock, CohortLetters letters) {
		this.letters = letters;
		this.cohorts = cohorts;
		this.schemes = schemes;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * A person asks for a place, saying whether the pilot evaluation may use their
	 * pre/post levels; returns where they stand.
	 */
	public EnrolmentStatus enrol(ObservatoryUser person, long cohortId, boolean levelsConsent) {
		mayJoin(person);
		Cohort cohort = locked(cohortId);
		boolean had = cohort.placeOf(person.getAccountId()).filter(Enrolment::holdsPlace).isPresent();
		EnrolmentStatus status = cohort.enrol(person.getAccountId(), person.getDisplayName(), levelsConsent, today(),
				now());
		if (!had) {
			this.letters.placeRequested(cohort, person.getAccountId(), person.getDisplayName(), status);
		}
		return status;
	}

	/**
	 * The invited person accepts, saying whether the pilot evaluation may use their
	 * pre/post levels; returns the cohort and where they stand.
	 */
	public Accepted accept(ObservatoryUser person, long invitationId, boolean levelsConsent) {
		long cohortId = this.cohorts.idByInvitation(invitationId)
			.orElseThrow(() -> new CohortNotFoundException(invitationId));
		Cohort cohort = locked(cohortId);
		cohort.pendingInvitation(invitationId, person.getAccountId());
		mayJoin(person);
		EnrolmentStatus status = cohort.accept(invitationId, person.getAccountId(), person.getDisplayName(),
				levelsConsent, today(), now());
		this.letters.placeRequested(cohort, person.getAccountId(), person.getDisplayName(), status);
		return new Accepted(cohortId, status);
	}

	public record Accepted(long cohortId, EnrolmentStatus status) {
	}

	/**
	 * The invited person declines; the trainer is not told and cannot invite them again.
	 */
	public void decline(ObservatoryUser person, long invitationId) {
		long cohortId = this.cohorts.idByInvitation(invitationId)
			.orElseThrow(() -> new CohortNotFoundException(invitationId));
		locked(cohortId).decline(invitationId, person.getAccountId(), now());
	}

	/** A person gives up their place or leaves the waitlist; the waitlist moves up. */
	public void withdraw(ObservatoryUser person, long cohortId) {
		Cohort cohort = locked(cohortId);
		cohort.withdraw(person.getAccountId(), now());
		this.letters.tellPromoted(cohort);
	}

	/**
	 * Consent to the use of pre/post levels in the cohort's pilot evaluation; figures are
	 * computed when read, so it applies at once.
	 */
	public void giveConsent(ObservatoryUser person, long cohortId) {
		found(cohortId).giveConsent(person.getAccountId(), now());
	}

	public void withdrawConsent(ObservatoryUser person, long cohortId) {
		found(cohortId).withdrawConsent(person.getAccountId(), now());
	}

	/** A participant marks one of the version's self-paced activities done (or not). */
	public void markActivity(ObservatoryUser person, long cohortId, long moduleId, int activityNo, boolean done) {
		Cohort cohort = found(cohortId);
		ModuleSnapshot module = this.schemes.version(cohort.getSchemeVersionId())
			.orElseThrow()
			.scheme()
			.module(moduleId)
			.orElseThrow(() -> new CohortNotFoundException(cohortId));
		if (!module.selfPacedActivities().contains(activityNo)) {
			throw new CohortNotFoundException(cohortId);
		}
		cohort.markActivity(person.getAccountId(), moduleId, activityNo, done, now());
	}

	/**
	 * An erased account gives up its places in cohorts that have not started and on every
	 * waitlist; the waitlist moves up. Written at once, as the erasure goes on in SQL.
	 */
	public void releasePlacesOfErasedAccount(long accountId) {
		for (long cohortId : this.cohorts.idsHoldingPlaceOf(accountId)) {
			Cohort cohort = locked(cohortId);
			cohort.releasePlaceOfErasedAccount(accountId, today(), now());
			this.letters.tellPromoted(cohort);
			this.cohorts.flush();
		}
	}

	private static void mayJoin(ObservatoryUser person) {
		if (!person.hasRole(Role.PROFESSIONAL) && !person.hasRole(Role.TRAINER)) {
			throw new CohortRejectedException("lab.enrol.error.role");
		}
	}

	private Cohort locked(long cohortId) {
		return this.cohorts.lockById(cohortId).orElseThrow(() -> new CohortNotFoundException(cohortId));
	}

	private Cohort found(long cohortId) {
		return this.cohorts.findById(cohortId).orElseThrow(() -> new CohortNotFoundException(cohortId));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
