package eu.dhso.lab.cohort;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.directory.People;
import eu.dhso.core.directory.Person;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.SchemeNotFoundException;
import eu.dhso.lab.scheme.SchemeSnapshot;
import eu.dhso.lab.trainer.TrainerQualification;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a cohort's trainers, and only they, do: plan it, change its places, call it off,
 * add trainers and sessions, invite people and take participants off.
 */
@Component
@Transactional
public class CohortPlanning {

	private final Cohorts cohorts;

	private final PublishedSchemes schemes;

	private final People people;

	private final AuditLog audit;

	private final Clock clock;

	private final CohortLetters letters;

	private final TrainerQualification qualification;

	CohortPlanning(Cohorts cohorts, PublishedSchemes schemes, People people, AuditLog audit, Optional<Clock> clock,
			CohortLetters letters, TrainerQualification qualification) {
		this.letters = letters;
		this.qualification = qualification;
		this.cohorts = cohorts;
		this.schemes = schemes;
		this.people = people;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public long create(ObservatoryUser trainer, CohortFields fields) {
		if (!trainer.hasRole(Role.TRAINER)) {
			throw new CohortRejectedException("lab.cohort.error.role");
		}
		SchemeSnapshot version = this.schemes.version(fields.versionId())
			.orElseThrow(() -> new SchemeNotFoundException(fields.versionId()))
			.scheme();
		if (!this.qualification.mayRun(trainer.getAccountId(), version.schemeId())) {
			this.audit.record(trainer.getUsername(), "lab.cohort.create", "TrainingScheme", version.schemeId(),
					"REFUSED", "not certified");
			throw new CohortRejectedException("lab.cohort.error.notCertified");
		}
		Cohort cohort = this.cohorts
			.save(Cohort.plan(fields, trainer.getAccountId(), trainer.getOrganisationId(), now()));
		this.audit.record(trainer.getUsername(), "lab.cohort.create", "Cohort", cohort.getId(), "SUCCESS", null);
		return cohort.getId();
	}

	/**
	 * Places and enrolment as the trainer read them at {@code readVersion} (null: no
	 * check); another trainer's save since then is not overwritten.
	 */
	public void changeSettings(ObservatoryUser trainer, long cohortId, Long readVersion, int capacity, boolean open) {
		Cohort cohort = lockManaged(trainer, cohortId);
		if (readVersion != null && readVersion != cohort.getVersion()) {
			throw new StaleCohortException(cohortId, cohort.getVersion());
		}
		cohort.changeSettings(capacity, open, today(), now());
		this.letters.tellPromoted(cohort);
		this.audit.record(trainer.getUsername(), "lab.cohort.settings", "Cohort", cohortId, "SUCCESS",
				"capacity=" + capacity + ", open=" + open);
	}

	public void cancel(ObservatoryUser trainer, long cohortId) {
		lockManaged(trainer, cohortId).cancel(today(), now());
		this.audit.record(trainer.getUsername(), "lab.cohort.cancel", "Cohort", cohortId, "SUCCESS", null);
	}

	public void addTrainer(ObservatoryUser trainer, long cohortId, String username) {
		Cohort cohort = managed(trainer, cohortId);
		Person added = enabled(username, Role.TRAINER)
			.orElseThrow(() -> new CohortRejectedException("lab.cohort.error.noSuchTrainer"));
		if (!cohort.isTrainer(added.id()) && !this.qualification.mayRun(added.id(), version(cohort).schemeId())) {
			this.audit.record(trainer.getUsername(), "lab.cohort.addTrainer", "Cohort", cohortId, "REFUSED",
					"trainer=" + added.username() + " not certified");
			throw new CohortRejectedException("lab.cohort.error.notCertified");
		}
		cohort.addTrainer(added.id());
		this.audit.record(trainer.getUsername(), "lab.cohort.addTrainer", "Cohort", cohortId, "SUCCESS",
				"trainer=" + added.username());
	}

	/**
	 * An administrator assigns a trainer whether or not they are certified for the
	 * scheme; the reason is mandatory and shown on the cohort.
	 */
	public void overrideTrainer(ObservatoryUser admin, long cohortId, String username, String reason) {
		if (admin == null || !admin.hasRole(Role.ADMIN)) {
			throw new CohortNotFoundException(cohortId);
		}
		Cohort cohort = this.cohorts.findById(cohortId).orElseThrow(() -> new CohortNotFoundException(cohortId));
		if (reason == null || reason.isBlank()) {
			throw new CohortRejectedException("lab.override.error.reason");
		}
		Person added = enabled(username, Role.TRAINER)
			.orElseThrow(() -> new CohortRejectedException("lab.cohort.error.noSuchTrainer"));
		if (cohort.isTrainer(added.id())) {
			return;
		}
		cohort.addTrainer(added.id());
		this.qualification.recordOverride(admin, cohortId, added.id(), reason);
	}

	public long addSession(ObservatoryUser trainer, long cohortId, SessionFields fields) {
		Cohort cohort = managed(trainer, cohortId);
		Instant start = fields.date().atTime(fields.start()).atZone(cohort.zone()).toInstant();
		Instant end = fields.date().atTime(fields.end()).atZone(cohort.zone()).toInstant();
		if (fields.moduleId() != null && version(cohort).module(fields.moduleId()).isEmpty()) {
			throw new CohortRejectedException("lab.session.error.module");
		}
		CohortSession session = cohort.addSession(fields.title(), start, end, fields.location(), fields.moduleId(),
				today());
		this.cohorts.flush();
		return session.getId();
	}

	public void deleteSession(ObservatoryUser trainer, long cohortId, long sessionId) {
		managed(trainer, cohortId).removeSession(sessionId);
	}

	/**
	 * A trainer invites a professional (or a trainer, for train-the-trainers) by
	 * username. Nobody joins without accepting, and the trainer learns nothing from the
	 * answer: an unknown name, an account that cannot join, someone already invited or
	 * already in the cohort all end the same way, so usernames cannot be enumerated.
	 */
	public void invite(ObservatoryUser trainer, long cohortId, String username) {
		Cohort cohort = managed(trainer, cohortId);
		boolean sent = enabled(username, Role.PROFESSIONAL, Role.TRAINER)
			.map((person) -> cohort.invite(person.id(), trainer.getAccountId(), today(), now()))
			.orElse(false);
		// only administrators read the audit log; the trainer sees the same answer either
		// way
		this.audit.record(trainer.getUsername(), "lab.cohort.invite", "Cohort", cohortId, sent ? "SUCCESS" : "IGNORED",
				"username=" + ((username != null) ? username.strip() : ""));
	}

	/** A trainer takes a participant off the cohort; the waitlist moves up. */
	public void removeParticipant(ObservatoryUser trainer, long cohortId, long enrolmentId) {
		Cohort cohort = lockManaged(trainer, cohortId);
		cohort.removeParticipant(enrolmentId, now());
		this.letters.tellPromoted(cohort);
		this.audit.record(trainer.getUsername(), "lab.cohort.removeParticipant", "Cohort", cohortId, "SUCCESS",
				"enrolment=" + enrolmentId);
	}

	/** A trainer of the cohort records who was at a session. */
	public void recordAttendance(ObservatoryUser trainer, long cohortId, long sessionId, java.util.Set<Long> present) {
		managed(trainer, cohortId).recordAttendance(sessionId, present, trainer.getAccountId(), now());
		this.audit.record(trainer.getUsername(), "lab.cohort.attendance", "CohortSession", sessionId, "SUCCESS",
				"present=" + present.size());
	}

	/** An enabled account with this username and one of the roles, or none. */
	private Optional<Person> enabled(String username, Role... roles) {
		return this.people.byUsername((username != null) ? username : "")
			.filter((p) -> p.enabled() && java.util.List.of(roles).contains(p.role()));
	}

	private SchemeSnapshot version(Cohort cohort) {
		return this.schemes.version(cohort.getSchemeVersionId()).orElseThrow().scheme();
	}

	private Cohort managed(ObservatoryUser trainer, long cohortId) {
		return this.cohorts.findById(cohortId)
			.filter((c) -> trainer != null && c.isTrainer(trainer.getAccountId()))
			.orElseThrow(() -> new CohortNotFoundException(cohortId));
	}

	private Cohort lockManaged(ObservatoryUser trainer, long cohortId) {
		return this.cohorts.lockById(cohortId)
			.filter((c) -> trainer != null && c.isTrainer(trainer.getAccountId()))
			.orElseThrow(() -> new CohortNotFoundException(cohortId));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	private Instant now() {
		return this.clock.instant();
	}

}
