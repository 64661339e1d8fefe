package eu.dhso.lab.cohort;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.dhso.core.directory.People;
import eu.dhso.lab.cohort.CompletionRule.Completion;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.PublishedSchemes.PublishedVersion;
import eu.dhso.lab.scheme.SchemeSnapshot;
import eu.dhso.lab.scheme.SchemeSnapshot.ModuleSnapshot;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What pages, reports and other use cases read of cohorts: records made from the
 * aggregate, never the aggregate itself.
 */
@Component
@Transactional(readOnly = true)
public class CohortViews {

	private final Cohorts cohorts;

	private final PublishedSchemes schemes;

	private final People people;

	private final Clock clock;

	CohortViews(Cohorts cohorts, PublishedSchemes schemes, People people, Optional<Clock> clock) {
		this.cohorts = cohorts;
		this.schemes = schemes;
		this.people = people;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	public LocalDate today() {
		return LocalDate.now(this.clock.withZone(ZoneOffset.UTC));
	}

	public Optional<CohortSummary> find(long id) {
		return this.cohorts.findById(id).map(this::summary);
	}

	public CohortSummary require(long id) {
		return find(id).orElseThrow(() -> new CohortNotFoundException(id));
	}

	/** A cohort the user is a trainer of; for anyone else it does not exist. */
	public CohortSummary managed(Long accountId, long id) {
		return this.cohorts.findById(id)
			.filter((c) -> c.isTrainer(accountId))
			.map(this::summary)
			.orElseThrow(() -> new CohortNotFoundException(id));
	}

	public boolean isTrainer(Long accountId, long cohortId) {
		return accountId != null && this.cohorts.findById(cohortId).filter((c) -> c.isTrainer(accountId)).isPresent();
	}

	public List<CohortSummary> trainedBy(Long accountId) {
		return summaries(this.cohorts.trainedBy(accountId));
	}

	public List<CohortSummary> all() {
		return summaries(this.cohorts.allNewestFirst());
	}

	/**
	 * Cohorts that have not ended and were not called off, soonest first; optionally of
	 * one scheme.
	 */
	public List<CohortSummary> upcoming(Long schemeId) {
		return summaries(this.cohorts.notEndedBy(today())).stream()
			.filter((c) -> schemeId == null || c.schemeId() == schemeId)
			.toList();
	}

	public long count() {
		return this.cohorts.count();
	}

	public SchemeSnapshot version(CohortSummary cohort) {
		return this.schemes.version(cohort.versionId()).orElseThrow().scheme();
	}

	public List<Trainer> trainers(long cohortId) {
		Cohort cohort = this.cohorts.findById(cohortId).orElseThrow(() -> new CohortNotFoundException(cohortId));
		return this.people.byIds(cohort.getTrainers())
			.values()
			.stream()
			.map((p) -> new Trainer(p.id(), p.username(), p.displayName()))
			.sorted(Comparator.comparing(Trainer::displayName))
			.toList();
	}

	public List<SessionSlot> sessions(long cohortId) {
		return this.cohorts.findById(cohortId)
			.map((c) -> c.getSessions().stream().map((s) -> slot(cohortId, s)).toList())
			.orElse(List.of());
	}

	public Optional<SessionSlot> session(long cohortId, long sessionId) {
		return this.cohorts.findById(cohortId).flatMap((c) -> c.session(sessionId)).map((s) -> slot(cohortId, s));
	}

	/** Who was present at a session, by enrolment id. */
	public Map<Long, Boolean> attendance(long cohortId, long sessionId) {
		return this.cohorts.findById(cohortId)
			.flatMap((c) -> c.session(sessionId))
			.map(CohortSession::attendance)
			.orElse(Map.of());
	}

	public List<Participant> participants(long cohortId) {
		return this.cohorts.findById(cohortId).map(CohortViews::participants).orElse(List.of());
	}

	public Optional<Participant> placeOf(Long accountId, long cohortId) {
		if (accountId == null) {
			return Optional.empty();
		}
		return participants(cohortId).stream().filter((p) -> accountId.equals(p.accountId())).findFirst();
	}

	/** The cohorts a person asked to join, with their place, newest cohort first. */
	public List<Membership> memberships(Long accountId) {
		return this.cohorts.withPlaceOf(accountId)
			.stream()
			.map((c) -> new Membership(summary(c),
					participants(c).stream().filter((p) -> accountId.equals(p.accountId())).findFirst().orElseThrow()))
			.toList();
	}

	/**
	 * The invitations waiting for this person's answer, on cohorts that have not ended,
	 * where they hold no place.
	 */
	public List<PendingInvitation> invitations(Long accountId) {
		LocalDate today = today();
		List<Cohort> inviting = this.cohorts.invitingPendingly(accountId)
			.stream()
			.filter((c) -> c.status(today).isActive())
			.filter((c) -> c.placeOf(accountId).filter(Enrolment::holdsPlace).isEmpty())
			.toList();
		Set<Long> inviters = new LinkedHashSet<>();
		inviting.forEach((c) -> c.invitations()
			.stream()
			.filter((i) -> i.isPendingFor(accountId))
			.forEach((i) -> inviters.add(i.getInvitedBy())));
		Map<Long, String> names = new HashMap<>();
		this.people.byIds(inviters).forEach((id, p) -> names.put(id, p.displayName()));
		return inviting.stream()
			.flatMap((c) -> c.invitations()
				.stream()
				.filter((i) -> i.isPendingFor(accountId))
				.map((i) -> new PendingInvitation(i.getId(), summary(c), names.get(i.getInvitedBy()),
						i.getInvitedAt())))
			.toList();
	}

	public Set<String> doneActivities(long cohortId, long enrolmentId) {
		return this.cohorts.findById(cohortId)
			.flatMap((c) -> c.places(Comparator.comparing(Enrolment::getId))
				.stream()
				.filter((e) -> e.getId() == enrolmentId)
				.findFirst())
			.map(Enrolment::doneActivityKeys)
			.orElse(Set.of());
	}

	/** Where every enrolled participant stands against the completion rule. */
	public Map<Long, Completion> completion(CohortSummary cohort) {
		Set<String> required = requiredActivities(version(cohort));
		return this.cohorts.findById(cohort.id()).map((c) -> c.completion(required)).orElse(Map.of());
	}

	public static Set<String> requiredActivities(SchemeSnapshot version) {
		Set<String> required = new LinkedHashSet<>();
		for (ModuleSnapshot module : version.modules()) {
			module.selfPacedActivities().forEach((n) -> required.add(CompletionRule.activityKey(module.moduleId(), n)));
		}
		return required;
	}

	// ---------------------------------------------------------------- mapping

	private List<CohortSummary> summaries(List<Cohort> cohorts) {
		Map<Long, PublishedVersion> versions = new HashMap<>();
		return cohorts.stream().map((c) -> summary(c, versions)).toList();
	}

	CohortSummary summary(Cohort cohort) {
		return summary(cohort, new HashMap<>());
	}

	private CohortSummary summary(Cohort cohort, Map<Long, PublishedVersion> versions) {
		PublishedVersion version = versions.computeIfAbsent(cohort.getSchemeVersionId(),
				(id) -> this.schemes.version(id).orElseThrow());
		return new CohortSummary(cohort.getId(), cohort.getSchemeVersionId(), version.scheme().schemeId(),
				version.scheme().number(), version.scheme().title(), cohort.getTitle(), cohort.getCountryCode(),
				cohort.getStartsOn(), cohort.getEndsOn(), cohort.getCapacity(), cohort.isEnrolmentOpen(),
				cohort.getMinAttendancePercent(), cohort.getOrganisationId(), cohort.getCreatedBy(),
				cohort.enrolled().size(), cohort.waitlisted(), cohort.status(today()) == CohortStatus.CANCELLED,
				cohort.getVersion());
	}

	private static SessionSlot slot(long cohortId, CohortSession s) {
		return new SessionSlot(s.getId(), cohortId, s.getTitle(), s.getStartsAt(), s.getEndsAt(), s.getLocation(),
				s.getModuleId());
	}

	private static List<Participant> participants(Cohort cohort) {
		return cohort.places(Comparator.comparing(Enrolment::getRequestedAt).thenComparing(Enrolment::getId))
			.stream()
			.map((e) -> new Participant(e.getId(), cohort.getId(), e.getAccountId(), e.getParticipantName(),
					e.getStatus(), e.getRequestedAt(), e.isSynthetic(), cohort.waitlistPosition(e),
					e.isLevelsConsent()))
			.toList();
	}

	// ---------------------------------------------------------------- records

	public record CohortSummary(long id, long versionId, long schemeId, int versionNumber, String schemeTitle,
			String title, String countryCode, LocalDate startsOn, LocalDate endsOn, int capacity, boolean enrolmentOpen,
			int minAttendancePercent, Long organisationId, long createdBy, long enrolled, long waitlisted,
			boolean cancelled, long lockVersion) {

		public CohortSummary(long id, long versionId, long schemeId, int versionNumber, String schemeTitle,
				String title, String countryCode, LocalDate startsOn, LocalDate endsOn, int capacity,
				boolean enrolmentOpen, int minAttendancePercent, Long organisationId, long createdBy, long enrolled,
				long waitlisted) {
			this(id, versionId, schemeId, versionNumber, schemeTitle, title, countryCode, startsOn, endsOn, capacity,
					enrolmentOpen, minAttendancePercent, organisationId, createdBy, enrolled, waitlisted, false, 0);
		}

		public ZoneId zone() {
			return CohortZones.of(this.countryCode);
		}

		public CohortStatus status(LocalDate today) {
			if (this.cancelled) {
				return CohortStatus.CANCELLED;
			}
			if (this.endsOn.isBefore(today)) {
				return CohortStatus.COMPLETED;
			}
			if (!this.startsOn.isAfter(today)) {
				return CohortStatus.RUNNING;
			}
			return this.enrolmentOpen ? CohortStatus.OPEN : CohortStatus.PLANNED;
		}

		/** Whether people may still ask for a place on this day. */
		public boolean acceptsRequests(LocalDate today) {
			CohortStatus status = status(today);
			return status == CohortStatus.OPEN || (status == CohortStatus.RUNNING && this.enrolmentOpen);
		}

		public long freePlaces() {
			return Math.max(0, this.capacity - this.enrolled);
		}

		public boolean started(LocalDate today) {
			return !this.startsOn.isAfter(today);
		}

		public boolean ended(LocalDate today) {
			return this.endsOn.isBefore(today);
		}

	}

	public record SessionSlot(long id, long cohortId, String title, Instant startsAt, Instant endsAt, String location,
			Long moduleId) {
	}

	/**
	 * A place in a cohort. {@code levelsConsent}: the participant lets the pilot
	 * evaluation use their pre/post levels (synthetic demo participants need no consent).
	 */
	public record Participant(long enrolmentId, long cohortId, Long accountId, String name, EnrolmentStatus status,
			Instant requestedAt, boolean synthetic, int waitlistPosition, boolean levelsConsent) {

		/** Whether this participant's pre/post levels may enter the cohort's figures. */
		public boolean levelsMayBeUsed() {
			return this.synthetic || this.levelsConsent;
		}

	}

	/** A trainer's invitation to join a cohort, as the invited person sees it. */
	public record PendingInvitation(long id, CohortSummary cohort, String invitedBy, Instant invitedAt) {
	}

	public record Trainer(long accountId, String username, String displayName) {
	}

	public record Membership(CohortSummary cohort, Participant place) {
	}

}
