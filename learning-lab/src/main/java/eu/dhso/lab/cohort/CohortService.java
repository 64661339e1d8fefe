package eu.dhso.lab.cohort;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.directory.People;
import eu.dhso.core.directory.Person;
import eu.dhso.lab.cohort.Cohorts.Cohort;
import eu.dhso.lab.cohort.Cohorts.CohortFields;
import eu.dhso.lab.cohort.Cohorts.Invitation;
import eu.dhso.lab.cohort.Cohorts.Participant;
import eu.dhso.lab.cohort.Cohorts.Session;
import eu.dhso.lab.cohort.Cohorts.SessionFields;
import eu.dhso.lab.cohort.Cohorts.Trainer;
import eu.dhso.lab.cohort.CompletionRule.Completion;
import eu.dhso.lab.cohort.Roster.Place;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.SchemeNotFoundException;
import eu.dhso.lab.scheme.SchemeSnapshot;
import eu.dhso.lab.scheme.SchemeSnapshot.ModuleSnapshot;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Pilot cohorts: a cohort runs one published scheme version; its trainers (and only they)
 * manage sessions, participants and attendance. People join by enrolling themselves or by
 * accepting a trainer's invitation, never by being added. Every change of places locks
 * the cohort row, so concurrent requests never overfill it and the waitlist keeps its
 * order.
 */
@Service("labCohortService")
@Transactional
public class CohortService {

	private static final String COHORT_SELECT = """
			select c.*, v.scheme_id, v.number as version_number, (v.content::jsonb ->> 'title') as scheme_title,
			    (select count(*) from lab.enrolment e where e.cohort_id = c.id and e.status = 'ENROLLED') as enrolled,
			    (select count(*) from lab.enrolment e where e.cohort_id = c.id and e.status = 'WAITLISTED') as waitlisted
			from lab.cohort c join lab.scheme_version v on v.id = c.scheme_version_id
			""";

	private final JdbcClient jdbc;

	private final PublishedSchemes schemes;

	private final People accounts;

	private final AuditLog audit;

	private final Clock clock;

	CohortService(JdbcClient jdbc, PublishedSchemes schemes, People accounts, AuditLog audit, Optional<Clock> clock) {
		this.jdbc = jdbc;
		this.schemes = schemes;
		this.accounts = accounts;
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	// ---------------------------------------------------------------- cohorts

	public long create(ObservatoryUser trainer, CohortFields fields) {
		if (!trainer.hasRole(Role.TRAINER)) {
			throw new CohortRejectedException("lab.cohort.error.role");
		}
		this.schemes.version(fields.versionId()).orElseThrow(() -> new SchemeNotFoundException(fields.versionId()));
		if (fields.endsOn().isBefore(fields.startsOn())) {
			throw new CohortRejectedException("lab.cohort.error.dates");
		}
		long id = this.jdbc.sql("""
				insert into lab.cohort (scheme_version_id, title, country_code, starts_on, ends_on, capacity,
				    min_attendance_percent, organisation_id, created_by, created_at)
				values (:version, :title, :country, :starts, :ends, :capacity, :attendance, :org, :by, :now)
				returning id""")
			.param("version", fields.versionId())
			.param("title", fields.title())
			.param("country", fields.countryCode())
			.param("starts", fields.startsOn())
			.param("ends", fields.endsOn())
			.param("capacity", fields.capacity())
			.param("attendance", fields.minAttendancePercent())
			.param("org", trainer.getOrganisationId())
			.param("by", trainer.getAccountId())
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into lab.cohort_trainer (cohort_id, account_id) values (:c, :a)")
			.param("c", id)
			.param("a", trainer.getAccountId())
			.update();
		this.audit.record(trainer.getUsername(), "lab.cohort.create", "Cohort", id, "SUCCESS", null);
		return id;
	}

	@Transactional(readOnly = true)
	public Optional<Cohort> find(long id) {
		return this.jdbc.sql(COHORT_SELECT + " where c.id = :id")
			.param("id", id)
			.query(CohortService::cohort)
			.optional();
	}

	@Transactional(readOnly = true)
	public Cohort require(long id) {
		return find(id).orElseThrow(() -> new CohortNotFoundException(id));
	}

	/** A cohort the user is a trainer of; for anyone else it does not exist. */
	@Transactional(readOnly = true)
	public Cohort managed(ObservatoryUser user, long id) {
		if (user == null || !isTrainer(user.getAccountId(), id)) {
			throw new CohortNotFoundException(id);
		}
		return require(id);
	}

	@Transactional(readOnly = true)
	public boolean isTrainer(Long accountId, long cohortId) {
		return accountId != null
				&& this.jdbc.sql("select count(*) from lab.cohort_trainer where cohort_id = :c and account_id = :a")
					.param("c", cohortId)
					.param("a", accountId)
					.query(Long.class)
					.single() > 0;
	}

	@Transactional(readOnly = true)
	public List<Cohort> trainedBy(Long accountId) {
		return this.jdbc.sql(COHORT_SELECT + """
				 where exists (select 1 from lab.cohort_trainer t where t.cohort_id = c.id and t.account_id = :a)
				order by c.starts_on desc, c.id desc""").param("a", accountId).query(CohortService::cohort).list();
	}

	@Transactional(readOnly = true)
	public List<Cohort> all() {
		return this.jdbc.sql(COHORT_SELECT + " order by c.starts_on desc, c.id desc")
			.query(CohortService::cohort)
			.list();
	}

	/** Cohorts that have not ended, soonest first; optionally of one scheme. */
	@Transactional(readOnly = true)
	public List<Cohort> upcoming(Long schemeId) {
		return this.jdbc.sql(COHORT_SELECT + """
				 where c.ends_on >= :today and (cast(:scheme as bigint) is null or v.scheme_id = :scheme)
				order by c.starts_on, c.id""")
			.param("today", today())
			.param("scheme", schemeId)
			.query(CohortService::cohort)
			.list();
	}

	public void setCapacity(ObservatoryUser trainer, long cohortId, int capacity, boolean open) {
		managed(trainer, cohortId);
		lock(cohortId);
		if (capacity < 1 || capacity > 500) {
			throw new CohortRejectedException("lab.cohort.error.capacity");
		}
		this.jdbc.sql("update lab.cohort set capacity = :c, enrolment_open = :o where id = :id")
			.param("c", capacity)
			.param("o", open)
			.param("id", cohortId)
			.update();
		promote(cohortId);
	}

	// ---------------------------------------------------------------- trainers and
	// sessions

	@Transactional(readOnly = true)
	public List<Trainer> trainers(long cohortId) {
		return this.jdbc.sql("""
				select u.id, u.username, u.display_name from lab.cohort_trainer t
				join core.user_account u on u.id = t.account_id where t.cohort_id = :c order by u.display_name""")
			.param("c", cohortId)
			.query((rs, row) -> new Trainer(rs.getLong(1), rs.getString(2), rs.getString(3)))
			.list();
	}

	public void addTrainer(ObservatoryUser trainer, long cohortId, String username) {
		managed(trainer, cohortId);
		Person account = this.accounts.byUsername((username != null) ? username.strip() : "")
			.filter((a) -> a.role() == Role.TRAINER && a.enabled())
			.orElseThrow(() -> new CohortRejectedException("lab.cohort.error.noSuchTrainer"));
		this.jdbc.sql("""
				insert into lab.cohort_trainer (cohort_id, account_id) values (:c, :a) on conflict do nothing""")
			.param("c", cohortId)
			.param("a", account.id())
			.update();
		this.audit.record(trainer.getUsername(), "lab.cohort.addTrainer", "Cohort", cohortId, "SUCCESS",
				"trainer=" + account.username());
	}

	@Transactional(readOnly = true)
	public List<Session> sessions(long cohortId) {
		return this.jdbc.sql("select * from lab.cohort_session where cohort_id = :c order by starts_at, id")
			.param("c", cohortId)
			.query(CohortService::session)
			.list();
	}

	public long addSession(ObservatoryUser trainer, long cohortId, SessionFields fields) {
		Cohort cohort = managed(trainer, cohortId);
		Instant start = fields.date().atTime(fields.start()).atZone(cohort.zone()).toInstant();
		Instant end = fields.date().atTime(fields.end()).atZone(cohort.zone()).toInstant();
		if (!end.isAfter(start)) {
			throw new CohortRejectedException("lab.session.error.times");
		}
		if (fields.moduleId() != null && version(cohort).module(fields.moduleId()).isEmpty()) {
			throw new CohortRejectedException("lab.session.error.module");
		}
		return this.jdbc.sql("""
				insert into lab.cohort_session (cohort_id, title, starts_at, ends_at, location, module_id)
				values (:c, :title, :start, :end, :location, :module) returning id""")
			.param("c", cohortId)
			.param("title", fields.title())
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.param("location", (fields.location() != null) ? fields.location() : "")
			.param("module", fields.moduleId())
			.query(Long.class)
			.single();
	}

	public void deleteSession(ObservatoryUser trainer, long cohortId, long sessionId) {
		managed(trainer, cohortId);
		this.jdbc.sql("delete from lab.cohort_session where id = :s and cohort_id = :c")
			.param("s", sessionId)
			.param("c", cohortId)
			.update();
	}

	public SchemeSnapshot version(Cohort cohort) {
		return this.schemes.version(cohort.versionId()).orElseThrow().scheme();
	}

	// ---------------------------------------------------------------- places

	@Transactional(readOnly = true)
	public List<Participant> participants(long cohortId) {
		List<Participant> rows = this.jdbc.sql("""
				select * from lab.enrolment where cohort_id = :c
				order by case status when 'ENROLLED' then 0 when 'WAITLISTED' then 1 else 2 end, requested_at, id""")
			.param("c", cohortId)
			.query((rs, row) -> participant(rs, 0))
			.list();
		List<Place> places = rows.stream().map((p) -> new Place(p.enrolmentId(), p.status(), p.requestedAt())).toList();
		return rows.stream()
			.map((p) -> new Participant(p.enrolmentId(), p.cohortId(), p.accountId(), p.name(), p.status(),
					p.requestedAt(), p.synthetic(), Roster.waitlistPosition(p.enrolmentId(), places),
					p.levelsConsent()))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Participant> placeOf(Long accountId, long cohortId) {
		if (accountId == null) {
			return Optional.empty();
		}
		return participants(cohortId).stream().filter((p) -> accountId.equals(p.accountId())).findFirst();
	}

	/** The cohorts a person asked to join, with their place, newest cohort first. */
	@Transactional(readOnly = true)
	public List<Membership> memberships(Long accountId) {
		List<Long> ids = this.jdbc.sql("""
				select e.cohort_id from lab.enrolment e join lab.cohort c on c.id = e.cohort_id
				where e.account_id = :a order by c.starts_on desc, c.id desc""")
			.param("a", accountId)
			.query(Long.class)
			.list();
		return ids.stream().map((id) -> new Membership(require(id), placeOf(accountId, id).orElseThrow())).toList();
	}

	public record Membership(Cohort cohort, Participant place) {
	}

	/**
	 * A person asks for a place, saying whether the pilot evaluation may use their
	 * pre/post levels; returns where they stand.
	 */
	public EnrolmentStatus enrol(ObservatoryUser person, long cohortId, boolean levelsConsent) {
		mayJoin(person, cohortId);
		Cohort cohort = require(cohortId);
		if (!cohort.acceptsRequests(today())) {
			throw new CohortRejectedException("lab.enrol.error.closed");
		}
		return request(cohortId, person.getAccountId(), person.getDisplayName(), null, levelsConsent);
	}

	private void mayJoin(ObservatoryUser person, long cohortId) {
		if (!person.hasRole(Role.PROFESSIONAL) && !person.hasRole(Role.TRAINER)) {
			throw new CohortRejectedException("lab.enrol.error.role");
		}
		if (isTrainer(person.getAccountId(), cohortId)) {
			throw new CohortRejectedException("lab.enrol.error.ownCohort");
		}
	}

	/**
	 * A trainer invites a professional (or a trainer, for train-the-trainers) by
	 * username. Nobody joins without accepting, and the trainer learns nothing from the
	 * answer: an unknown name, an account that cannot join, someone already invited or
	 * already in the cohort all end the same way, so usernames cannot be enumerated.
	 */
	public void invite(ObservatoryUser trainer, long cohortId, String username) {
		Cohort cohort = managed(trainer, cohortId);
		Optional<Person> account = this.accounts.byUsername((username != null) ? username.strip() : "")
			.filter((a) -> (a.role() == Role.PROFESSIONAL || a.role() == Role.TRAINER) && a.enabled())
			.filter((a) -> !isTrainer(a.id(), cohortId))
			.filter((a) -> placeOf(a.id(), cohortId).filter((p) -> p.status() != EnrolmentStatus.WITHDRAWN).isEmpty());
		boolean sent = account.isPresent() && !cohort.ended(today()) && this.jdbc.sql("""
				insert into lab.invitation (cohort_id, account_id, invited_by, invited_at, status)
				values (:c, :a, :by, :now, 'PENDING')
				on conflict (cohort_id, account_id) do update set status = 'PENDING', invited_by = excluded.invited_by,
				    invited_at = excluded.invited_at, answered_at = null
				where lab.invitation.status = 'ACCEPTED'""")
			.param("c", cohortId)
			.param("a", account.get().id())
			.param("by", trainer.getAccountId())
			.param("now", Timestamp.from(this.clock.instant()))
			.update() > 0;
		// only administrators read the audit log; the trainer sees the same answer either
		// way
		this.audit.record(trainer.getUsername(), "lab.cohort.invite", "Cohort", cohortId, sent ? "SUCCESS" : "IGNORED",
				"username=" + ((username != null) ? username.strip() : ""));
	}

	/**
	 * The invitations waiting for this person's answer, on cohorts that have not ended.
	 */
	@Transactional(readOnly = true)
	public List<Invitation> invitations(Long accountId) {
		return this.jdbc.sql("""
				select i.id, i.cohort_id, u.display_name, i.invited_at from lab.invitation i
				join lab.cohort c on c.id = i.cohort_id join core.user_account u on u.id = i.invited_by
				where i.account_id = :a and i.status = 'PENDING' and c.ends_on >= :today
				    and not exists (select 1 from lab.enrolment e where e.cohort_id = i.cohort_id
				        and e.account_id = i.account_id and e.status <> 'WITHDRAWN')
				order by c.starts_on, i.id""")
			.param("a", accountId)
			.param("today", today())
			.query((rs,
					row) -> new Object[] { rs.getLong(1), rs.getLong(2), rs.getString(3),
							rs.getTimestamp(4).toInstant() })
			.list()
			.stream()
			.map((r) -> new Invitation((Long) r[0], require((Long) r[1]), (String) r[2], (Instant) r[3]))
			.toList();
	}

	/**
	 * The invited person accepts, saying whether the pilot evaluation may use their
	 * pre/post levels; returns the cohort and where they stand.
	 */
	public Accepted accept(ObservatoryUser person, long invitationId, boolean levelsConsent) {
		long cohortId = pendingInvitation(person, invitationId);
		mayJoin(person, cohortId);
		if (require(cohortId).ended(today())) {
			throw new CohortRejectedException("lab.enrol.error.closed");
		}
		Long invitedBy = this.jdbc.sql("select invited_by from lab.invitation where id = :id")
			.param("id", invitationId)
			.query(Long.class)
			.single();
		EnrolmentStatus status = request(cohortId, person.getAccountId(), person.getDisplayName(), invitedBy,
				levelsConsent);
		answer(invitationId, "ACCEPTED");
		return new Accepted(cohortId, status);
	}

	public record Accepted(long cohortId, EnrolmentStatus status) {
	}

	/**
	 * The invited person declines; the trainer is not told and cannot invite them again.
	 */
	public void decline(ObservatoryUser person, long invitationId) {
		pendingInvitation(person, invitationId);
		answer(invitationId, "DECLINED");
	}

	private long pendingInvitation(ObservatoryUser person, long invitationId) {
		return this.jdbc.sql("""
				select cohort_id from lab.invitation where id = :id and account_id = :a and status = 'PENDING'""")
			.param("id", invitationId)
			.param("a", person.getAccountId())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new CohortNotFoundException(invitationId));
	}

	private void answer(long invitationId, String status) {
		this.jdbc.sql("update lab.invitation set status = :s, answered_at = :now where id = :id")
			.param("s", status)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", invitationId)
			.update();
	}

	/**
	 * A participant gives or withdraws consent to the use of their pre/post levels in the
	 * cohort's pilot evaluation; figures are computed when read, so it applies at once.
	 */
	public void setLevelsConsent(ObservatoryUser person, long cohortId, boolean consent) {
		Participant place = placeOf(person.getAccountId(), cohortId)
			.orElseThrow(() -> new CohortNotFoundException(cohortId));
		this.jdbc.sql("""
				update lab.enrolment set levels_consent = :consent, levels_consent_changed_at = :now where id = :id""")
			.param("consent", consent)
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", place.enrolmentId())
			.update();
	}

	private EnrolmentStatus request(long cohortId, Long accountId, String name, Long addedBy, boolean levelsConsent) {
		Cohort cohort = lock(cohortId);
		Optional<Participant> existing = placeOf(accountId, cohortId);
		if (existing.isPresent() && existing.get().status() != EnrolmentStatus.WITHDRAWN) {
			return existing.get().status();
		}
		EnrolmentStatus status = Roster.statusForRequest(cohort.capacity(), cohort.enrolled());
		Timestamp now = Timestamp.from(this.clock.instant());
		if (existing.isPresent()) {
			this.jdbc.sql("""
					update lab.enrolment set status = :s, requested_at = :now, enrolled_at = :enrolled, added_by = :by,
					    levels_consent = :consent, levels_consent_changed_at = :now
					where id = :id""")
				.param("s", status.name())
				.param("now", now)
				.param("enrolled", (status == EnrolmentStatus.ENROLLED) ? now : null)
				.param("by", addedBy)
				.param("consent", levelsConsent)
				.param("id", existing.get().enrolmentId())
				.update();
		}
		else {
			this.jdbc.sql("""
					insert into lab.enrolment (cohort_id, account_id, participant_name, status, requested_at,
					    enrolled_at, added_by, levels_consent, levels_consent_changed_at)
					values (:c, :a, :name, :s, :now, :enrolled, :by, :consent, :now)""")
				.param("c", cohortId)
				.param("a", accountId)
				.param("name", name)
				.param("s", status.name())
				.param("now", now)
				.param("enrolled", (status == EnrolmentStatus.ENROLLED) ? now : null)
				.param("by", addedBy)
				.param("consent", levelsConsent)
				.update();
		}
		return status;
	}

	/** A person gives up their place or leaves the waitlist; the waitlist moves up. */
	public void withdraw(ObservatoryUser person, long cohortId) {
		lock(cohortId);
		Participant place = placeOf(person.getAccountId(), cohortId)
			.orElseThrow(() -> new CohortNotFoundException(cohortId));
		setWithdrawn(place.enrolmentId());
		promote(cohortId);
	}

	/** A trainer takes a participant off the cohort; the waitlist moves up. */
	public void removeParticipant(ObservatoryUser trainer, long cohortId, long enrolmentId) {
		managed(trainer, cohortId);
		lock(cohortId);
		Participant place = participants(cohortId).stream()
			.filter((p) -> p.enrolmentId() == enrolmentId)
			.findFirst()
			.orElseThrow(() -> new CohortNotFoundException(cohortId));
		setWithdrawn(place.enrolmentId());
		promote(cohortId);
		this.audit.record(trainer.getUsername(), "lab.cohort.removeParticipant", "Cohort", cohortId, "SUCCESS",
				"enrolment=" + enrolmentId);
	}

	/**
	 * An erased account gives up its places in cohorts that have not started and on every
	 * waitlist, so a seat is never held by nobody; the waitlist moves up. Places in
	 * cohorts that ran stay, anonymous, because the cohort's evaluation rests on them.
	 */
	public void releasePlacesOfErasedAccount(long accountId) {
		List<Long> cohortIds = this.jdbc
			.sql("""
					select e.cohort_id from lab.enrolment e join lab.cohort c on c.id = e.cohort_id
					where e.account_id = :a and (e.status = 'WAITLISTED' or (e.status = 'ENROLLED' and c.starts_on > :today))
					order by e.cohort_id""")
			.param("a", accountId)
			.param("today", LocalDate.now(this.clock.withZone(ZoneOffset.UTC)))
			.query(Long.class)
			.list();
		for (long cohortId : cohortIds) {
			lock(cohortId);
			placeOf(accountId, cohortId).ifPresent((place) -> setWithdrawn(place.enrolmentId()));
			promote(cohortId);
		}
	}

	private void setWithdrawn(long enrolmentId) {
		this.jdbc.sql("update lab.enrolment set status = 'WITHDRAWN', enrolled_at = null where id = :id")
			.param("id", enrolmentId)
			.update();
	}

	/**
	 * Fills free places from the waitlist in request order; the cohort row must be
	 * locked.
	 */
	private void promote(long cohortId) {
		Cohort cohort = require(cohortId);
		List<Place> places = participants(cohortId).stream()
			.map((p) -> new Place(p.enrolmentId(), p.status(), p.requestedAt()))
			.toList();
		Timestamp now = Timestamp.from(this.clock.instant());
		for (Long id : Roster.toPromote(cohort.capacity(), places)) {
			this.jdbc.sql("update lab.enrolment set status = 'ENROLLED', enrolled_at = :now where id = :id")
				.param("now", now)
				.param("id", id)
				.update();
		}
	}

	private Cohort lock(long cohortId) {
		this.jdbc.sql("select id from lab.cohort where id = :id for update")
			.param("id", cohortId)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new CohortNotFoundException(cohortId));
		return require(cohortId);
	}

	// ---------------------------------------------------------------- attendance and
	// activities

	/** Who was present at a session, by enrolment id. */
	@Transactional(readOnly = true)
	public Map<Long, Boolean> attendance(long sessionId) {
		Map<Long, Boolean> present = new HashMap<>();
		this.jdbc.sql("select enrolment_id, present from lab.attendance where session_id = :s")
			.param("s", sessionId)
			.query((rs) -> {
				present.put(rs.getLong(1), rs.getBoolean(2));
			});
		return present;
	}

	/**
	 * A trainer of the cohort records a session's attendance: the listed enrolled
	 * participants were present, every other enrolled participant absent.
	 */
	public void recordAttendance(ObservatoryUser trainer, long cohortId, long sessionId, Set<Long> present) {
		managed(trainer, cohortId);
		if (sessions(cohortId).stream().noneMatch((s) -> s.id() == sessionId)) {
			throw new CohortNotFoundException(cohortId);
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		for (Participant p : participants(cohortId)) {
			if (p.status() != EnrolmentStatus.ENROLLED) {
				continue;
			}
			this.jdbc.sql("""
					insert into lab.attendance (session_id, enrolment_id, present, recorded_by, recorded_at)
					values (:s, :e, :p, :by, :now)
					on conflict (session_id, enrolment_id) do update set present = excluded.present,
					    recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at""")
				.param("s", sessionId)
				.param("e", p.enrolmentId())
				.param("p", present.contains(p.enrolmentId()))
				.param("by", trainer.getAccountId())
				.param("now", now)
				.update();
		}
		this.audit.record(trainer.getUsername(), "lab.cohort.attendance", "CohortSession", sessionId, "SUCCESS",
				"present=" + present.size());
	}

	/** A participant marks one of the version's self-paced activities done (or not). */
	public void markActivity(ObservatoryUser person, long cohortId, long moduleId, int activityNo, boolean done) {
		Participant place = placeOf(person.getAccountId(), cohortId)
			.filter((p) -> p.status() == EnrolmentStatus.ENROLLED)
			.orElseThrow(() -> new CohortNotFoundException(cohortId));
		ModuleSnapshot module = version(require(cohortId)).module(moduleId)
			.orElseThrow(() -> new CohortNotFoundException(cohortId));
		if (!module.selfPacedActivities().contains(activityNo)) {
			throw new CohortNotFoundException(cohortId);
		}
		if (done) {
			this.jdbc
				.sql("""
						insert into lab.activity_done (enrolment_id, module_id, activity_no, done_at) values (:e, :m, :n, :now)
						on conflict do nothing""")
				.param("e", place.enrolmentId())
				.param("m", moduleId)
				.param("n", activityNo)
				.param("now", Timestamp.from(this.clock.instant()))
				.update();
		}
		else {
			this.jdbc
				.sql("delete from lab.activity_done where enrolment_id = :e and module_id = :m and activity_no = :n")
				.param("e", place.enrolmentId())
				.param("m", moduleId)
				.param("n", activityNo)
				.update();
		}
	}

	@Transactional(readOnly = true)
	public Set<String> doneActivities(long enrolmentId) {
		return new HashSet<>(
				this.jdbc.sql("select module_id || ':' || activity_no from lab.activity_done where enrolment_id = :e")
					.param("e", enrolmentId)
					.query(String.class)
					.list());
	}

	/** Where every enrolled participant stands against the completion rule. */
	@Transactional(readOnly = true)
	public Map<Long, Completion> completion(Cohort cohort) {
		Set<String> required = requiredActivities(version(cohort));
		int sessions = sessions(cohort.id()).size();
		Map<Long, Integer> attended = new HashMap<>();
		this.jdbc.sql("""
				select a.enrolment_id, count(*) from lab.attendance a join lab.cohort_session s on s.id = a.session_id
				where s.cohort_id = :c and a.present group by a.enrolment_id""").param("c", cohort.id()).query((rs) -> {
			attended.put(rs.getLong(1), rs.getInt(2));
		});
		Map<Long, Set<String>> done = new HashMap<>();
		this.jdbc.sql("""
				select d.enrolment_id, d.module_id || ':' || d.activity_no from lab.activity_done d
				join lab.enrolment e on e.id = d.enrolment_id where e.cohort_id = :c""")
			.param("c", cohort.id())
			.query((rs) -> {
				done.computeIfAbsent(rs.getLong(1), (k) -> new HashSet<>()).add(rs.getString(2));
			});
		CompletionRule rule = new CompletionRule(cohort.minAttendancePercent());
		Map<Long, Completion> result = new LinkedHashMap<>();
		for (Participant p : participants(cohort.id())) {
			if (p.status() == EnrolmentStatus.ENROLLED) {
				result.put(p.enrolmentId(), rule.evaluate(sessions, attended.getOrDefault(p.enrolmentId(), 0), required,
						done.getOrDefault(p.enrolmentId(), Set.of())));
			}
		}
		return result;
	}

	public static Set<String> requiredActivities(SchemeSnapshot version) {
		Set<String> required = new LinkedHashSet<>();
		for (ModuleSnapshot module : version.modules()) {
			module.selfPacedActivities().forEach((n) -> required.add(CompletionRule.activityKey(module.moduleId(), n)));
		}
		return required;
	}

	@Transactional(readOnly = true)
	public long count() {
		return this.jdbc.sql("select count(*) from lab.cohort").query(Long.class).single();
	}

	// ---------------------------------------------------------------- mapping

	private static Cohort cohort(ResultSet rs, int row) throws SQLException {
		return new Cohort(rs.getLong("id"), rs.getLong("scheme_version_id"), rs.getLong("scheme_id"),
				rs.getInt("version_number"), rs.getString("scheme_title"), rs.getString("title"),
				rs.getString("country_code"), rs.getObject("starts_on", LocalDate.class),
				rs.getObject("ends_on", LocalDate.class), rs.getInt("capacity"), rs.getBoolean("enrolment_open"),
				rs.getInt("min_attendance_percent"), (Long) rs.getObject("organisation_id"), rs.getLong("created_by"),
				rs.getLong("enrolled"), rs.getLong("waitlisted"));
	}

	private static Session session(ResultSet rs, int row) throws SQLException {
		return new Session(rs.getLong("id"), rs.getLong("cohort_id"), rs.getString("title"),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(),
				rs.getString("location"), (Long) rs.getObject("module_id"));
	}

	private static Participant participant(ResultSet rs, int position) throws SQLException {
		return new Participant(rs.getLong("id"), rs.getLong("cohort_id"), (Long) rs.getObject("account_id"),
				rs.getString("participant_name"), EnrolmentStatus.valueOf(rs.getString("status")),
				rs.getTimestamp("requested_at").toInstant(), rs.getBoolean("synthetic"), position,
				rs.getBoolean("levels_consent"));
	}

}
