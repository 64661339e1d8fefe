package eu.dhso.lab.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import eu.dhso.lab.cohort.CompletionRule.Completion;
import eu.dhso.lab.cohort.Roster.Place;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Transient;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;

/**
 * A pilot cohort running one published scheme version: its trainers, sessions with
 * attendance, invitations and places. Places are taken and freed only here, through the
 * kernel's capacity and waitlist policy ({@link Roster}), so the cohort is never
 * overfilled and the waitlist keeps its order. People join by asking or by accepting an
 * invitation, never by being added.
 */
@Entity
@Table(schema = "lab", name = "cohort")
public class Cohort {

	static final int MAX_CAPACITY = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Version
	private long version;

	@Column(name = "scheme_version_id")
	private long schemeVersionId;

	private String title;

	/** Not stored: who moved up in this unit of work, to be told by e-mail. */
	@Transient
	private final List<Long> promotedAccounts = new ArrayList<>();

	@Column(name = "country_code")
	private String countryCode;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	private int capacity;

	@Column(name = "enrolment_open")
	private boolean enrolmentOpen;

	@Column(name = "min_attendance_percent")
	private int minAttendancePercent;

	@Column(name = "organisation_id")
	private Long organisationId;

	@Column(name = "created_by")
	private long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@ElementCollection
	@CollectionTable(schema = "lab", name = "cohort_trainer", joinColumns = @JoinColumn(name = "cohort_id"))
	@Column(name = "account_id")
	@BatchSize(size = 50)
	private Set<Long> trainers = new HashSet<>();

	@OneToMany(mappedBy = "cohort", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("requestedAt, id")
	@BatchSize(size = 50)
	private List<Enrolment> enrolments = new ArrayList<>();

	@OneToMany(mappedBy = "cohort", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("invitedAt, id")
	private List<Invitation> invitations = new ArrayList<>();

	@OneToMany(mappedBy = "cohort", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("startsAt, id")
	@BatchSize(size = 50)
	private List<CohortSession> sessions = new ArrayList<>();

	protected Cohort() {
	}

	private Cohort(CohortFields fields, long trainerId, Long organisationId, Instant now) {
		this.schemeVersionId = fields.versionId();
		this.title = fields.title();
		this.countryCode = fields.countryCode();
		this.startsOn = fields.startsOn();
		this.endsOn = fields.endsOn();
		this.capacity = checkedCapacity(fields.capacity());
		this.enrolmentOpen = true;
		this.minAttendancePercent = new CompletionRule(fields.minAttendancePercent()).minAttendancePercent();
		this.organisationId = organisationId;
		this.createdBy = trainerId;
		this.createdAt = now;
		this.trainers.add(trainerId);
	}

	/**
	 * A trainer plans a cohort of a published version; it opens for enrolment at once.
	 */
	public static Cohort plan(CohortFields fields, long trainerId, Long organisationId, Instant now) {
		if (fields.title() == null || fields.title().isBlank() || fields.startsOn() == null
				|| fields.endsOn() == null) {
			throw new CohortRejectedException("lab.cohort.error.fields");
		}
		if (fields.endsOn().isBefore(fields.startsOn())) {
			throw new CohortRejectedException("lab.cohort.error.dates");
		}
		return new Cohort(fields, trainerId, organisationId, now);
	}

	private static int checkedCapacity(int capacity) {
		if (capacity < 1 || capacity > MAX_CAPACITY) {
			throw new CohortRejectedException("lab.cohort.error.capacity");
		}
		return capacity;
	}

	// ---------------------------------------------------------------- state

	/** Trainers' decisions (enrolment, cancellation) and the calendar together. */
	public CohortStatus status(LocalDate today) {
		if (this.cancelledAt != null) {
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

	private void requireActive(LocalDate today) {
		if (!status(today).isActive()) {
			throw new CohortRejectedException("lab.cohort.error.state");
		}
	}

	/** Whether people may ask for (or accept) a place on this day. */
	public boolean acceptsRequests(LocalDate today) {
		CohortStatus status = status(today);
		return status == CohortStatus.OPEN || (status == CohortStatus.RUNNING && this.enrolmentOpen);
	}

	/**
	 * A trainer changes the places and whether people may ask for one; more places
	 * promote the waitlist. Before the start this opens or closes the cohort.
	 */
	public void changeSettings(int capacity, boolean open, LocalDate today, Instant now) {
		requireActive(today);
		CohortStatus before = status(today);
		CohortStatus after = (before == CohortStatus.RUNNING) ? before
				: open ? CohortStatus.OPEN : CohortStatus.PLANNED;
		if (after != before && !before.canMoveTo(after)) {
			throw new CohortRejectedException("lab.cohort.error.state");
		}
		this.capacity = checkedCapacity(capacity);
		this.enrolmentOpen = open;
		promote(now);
	}

	/**
	 * A trainer calls the cohort off; places stay for the record, nobody joins any more.
	 */
	public void cancel(LocalDate today, Instant now) {
		if (!status(today).canMoveTo(CohortStatus.CANCELLED)) {
			throw new CohortRejectedException("lab.cohort.error.state");
		}
		this.cancelledAt = now;
	}

	// ---------------------------------------------------------------- trainers and
	// sessions

	public boolean isTrainer(Long accountId) {
		return accountId != null && this.trainers.contains(accountId);
	}

	public void addTrainer(long accountId) {
		this.trainers.add(accountId);
	}

	public CohortSession addSession(String title, Instant startsAt, Instant endsAt, String location, Long moduleId,
			LocalDate today) {
		// sessions of a cohort that ran may still be entered for the record
		if (status(today) == CohortStatus.CANCELLED) {
			throw new CohortRejectedException("lab.cohort.error.state");
		}
		CohortSession session = new CohortSession(this, title, startsAt, endsAt, location, moduleId);
		this.sessions.add(session);
		return session;
	}

	public void removeSession(long sessionId) {
		this.sessions.removeIf((s) -> Long.valueOf(sessionId).equals(s.getId()));
	}

	public Optional<CohortSession> session(long sessionId) {
		return this.sessions.stream().filter((s) -> Long.valueOf(sessionId).equals(s.getId())).findFirst();
	}

	/**
	 * A session's attendance: the listed enrolled participants were present, every other
	 * enrolled participant absent.
	 */
	public void recordAttendance(long sessionId, Set<Long> present, long recordedBy, Instant now) {
		CohortSession session = session(sessionId).orElseThrow(() -> new CohortNotFoundException(this.id));
		Set<Long> enrolled = enrolled().stream().map(Enrolment::getId).collect(Collectors.toSet());
		session.record(enrolled, present, recordedBy, now);
	}

	// ---------------------------------------------------------------- invitations

	/**
	 * A trainer invites an account that may join. Whether anything was sent is for the
	 * audit log only: someone already in the cohort, already invited or having declined
	 * gets nothing new.
	 */
	public boolean invite(long accountId, long invitedBy, LocalDate today, Instant now) {
		if (isTrainer(accountId) || placeOf(accountId).filter(Enrolment::holdsPlace).isPresent()
				|| !status(today).isActive()) {
			return false;
		}
		Optional<Invitation> earlier = this.invitations.stream()
			.filter((i) -> i.getAccountId() == accountId)
			.findFirst();
		if (earlier.isPresent()) {
			return earlier.get().renew(invitedBy, now);
		}
		this.invitations.add(new Invitation(this, accountId, invitedBy, now));
		return true;
	}

	/**
	 * The invitation waiting for this person's answer; for anyone else it does not exist.
	 */
	public Invitation pendingInvitation(long invitationId, Long accountId) {
		return this.invitations.stream()
			.filter((i) -> Long.valueOf(invitationId).equals(i.getId()) && i.isPendingFor(accountId))
			.findFirst()
			.orElseThrow(() -> new CohortNotFoundException(invitationId));
	}

	/**
	 * The invited person accepts and asks for a place, saying whether their levels count.
	 */
	public EnrolmentStatus accept(long invitationId, long accountId, String name, boolean levelsConsent,
			LocalDate today, Instant now) {
		Invitation invitation = pendingInvitation(invitationId, accountId);
		mayJoin(accountId);
		if (!status(today).isActive() || this.endsOn.isBefore(today)) {
			throw new CohortRejectedException("lab.enrol.error.closed");
		}
		EnrolmentStatus status = request(accountId, name, invitation.getInvitedBy(), levelsConsent, now);
		invitation.answer(InvitationStatus.ACCEPTED, now);
		return status;
	}

	/**
	 * The invited person declines; the trainer is not told and cannot invite them again.
	 */
	public void decline(long invitationId, Long accountId, Instant now) {
		pendingInvitation(invitationId, accountId).answer(InvitationStatus.DECLINED, now);
	}

	public List<Invitation> invitations() {
		return List.copyOf(this.invitations);
	}

	// ---------------------------------------------------------------- places

	/**
	 * A person asks for a place, saying whether their levels count; returns where they
	 * stand.
	 */
	public EnrolmentStatus enrol(long accountId, String name, boolean levelsConsent, LocalDate today, Instant now) {
		mayJoin(accountId);
		if (!acceptsRequests(today)) {
			throw new CohortRejectedException("lab.enrol.error.closed");
		}
		return request(accountId, name, null, levelsConsent, now);
	}

	private void mayJoin(long accountId) {
		if (isTrainer(accountId)) {
			throw new CohortRejectedException("lab.enrol.error.ownCohort");
		}
	}

	private EnrolmentStatus request(long accountId, String name, Long addedBy, boolean levelsConsent, Instant now) {
		Optional<Enrolment> existing = placeOf(accountId);
		if (existing.isPresent() && existing.get().holdsPlace()) {
			return existing.get().getStatus();
		}
		Enrolment place = existing.orElseGet(() -> {
			Enrolment created = new Enrolment(this, accountId, name);
			this.enrolments.add(created);
			return created;
		});
		EnrolmentStatus status = Roster.statusForRequest(this.capacity, enrolled().size());
		place.request(status, addedBy, levelsConsent, now);
		return status;
	}

	/** A person gives up their place or leaves the waitlist; the waitlist moves up. */
	public void withdraw(long accountId, Instant now) {
		placeOf(accountId).orElseThrow(() -> new CohortNotFoundException(this.id)).withdraw();
		promote(now);
	}

	/** A trainer takes a participant off the cohort; the waitlist moves up. */
	public void removeParticipant(long enrolmentId, Instant now) {
		this.enrolments.stream()
			.filter((e) -> Long.valueOf(enrolmentId).equals(e.getId()))
			.findFirst()
			.orElseThrow(() -> new CohortNotFoundException(this.id))
			.withdraw();
		promote(now);
	}

	/**
	 * An erased account gives up its place if the cohort has not started, and any place
	 * on the waitlist, so a seat is never held by nobody. Places in cohorts that ran
	 * stay, anonymous, because the cohort's evaluation rests on them.
	 */
	public void releasePlaceOfErasedAccount(long accountId, LocalDate today, Instant now) {
		placeOf(accountId)
			.filter((e) -> e.getStatus() == EnrolmentStatus.WAITLISTED
					|| (e.getStatus() == EnrolmentStatus.ENROLLED && this.startsOn.isAfter(today)))
			.ifPresent(Enrolment::withdraw);
		promote(now);
	}

	public void giveConsent(long accountId, Instant now) {
		placeOf(accountId).orElseThrow(() -> new CohortNotFoundException(this.id)).consent(true, now);
	}

	public void withdrawConsent(long accountId, Instant now) {
		placeOf(accountId).orElseThrow(() -> new CohortNotFoundException(this.id)).consent(false, now);
	}

	/**
	 * A participant marks a self-paced activity done (or not); checked against the
	 * version by the caller.
	 */
	public void markActivity(long accountId, long moduleId, int activityNo, boolean done, Instant now) {
		placeOf(accountId).orElseThrow(() -> new CohortNotFoundException(this.id))
			.markActivity(moduleId, activityNo, done, now);
	}

	/** Fills free places from the waitlist in request order. */
	private void promote(Instant now) {
		Roster.toPromote(this.capacity, places()).forEach((n) -> {
			Enrolment place = this.enrolments.get(n.intValue());
			place.promote(now);
			this.promotedAccounts.add(place.getAccountId());
		});
	}

	/**
	 * The accounts the waitlist moved into a place since the cohort was loaded (or since
	 * the last call), so the use case can tell them.
	 */
	public List<Long> takePromotedAccounts() {
		List<Long> promoted = List.copyOf(this.promotedAccounts);
		this.promotedAccounts.clear();
		return promoted;
	}

	/**
	 * The places by their position in the list, kept in request order (then id), so
	 * places not yet written, without an id, have their turn too.
	 */
	private List<Place> places() {
		List<Place> places = new ArrayList<>();
		for (int n = 0; n < this.enrolments.size(); n++) {
			Enrolment e = this.enrolments.get(n);
			places.add(new Place(n, e.getStatus(), e.getRequestedAt()));
		}
		return places;
	}

	public Optional<Enrolment> placeOf(Long accountId) {
		return this.enrolments.stream()
			.filter((e) -> accountId != null && accountId.equals(e.getAccountId()))
			.findFirst();
	}

	/** Enrolled first, then the waitlist, then who left; each in request order. */
	public List<Enrolment> places(Comparator<Enrolment> within) {
		return this.enrolments.stream()
			.sorted(Comparator.comparing(Enrolment::getStatus).thenComparing(within))
			.toList();
	}

	public int waitlistPosition(Enrolment enrolment) {
		return Roster.waitlistPosition(this.enrolments.indexOf(enrolment), places());
	}

	public List<Enrolment> enrolled() {
		return this.enrolments.stream().filter((e) -> e.getStatus() == EnrolmentStatus.ENROLLED).toList();
	}

	public long waitlisted() {
		return this.enrolments.stream().filter((e) -> e.getStatus() == EnrolmentStatus.WAITLISTED).count();
	}

	/** Where every enrolled participant stands against the completion rule. */
	public Map<Long, Completion> completion(Set<String> requiredActivities) {
		CompletionRule rule = new CompletionRule(this.minAttendancePercent);
		Map<Long, Completion> result = new LinkedHashMap<>();
		for (Enrolment place : enrolled()) {
			int attended = (int) this.sessions.stream().filter((s) -> s.wasPresent(place.getId())).count();
			result.put(place.getId(),
					rule.evaluate(this.sessions.size(), attended, requiredActivities, place.doneActivityKeys()));
		}
		return result;
	}

	// ---------------------------------------------------------------- reading

	public ZoneId zone() {
		return CohortZones.of(this.countryCode);
	}

	public Long getId() {
		return this.id;
	}

	public long getVersion() {
		return this.version;
	}

	public long getSchemeVersionId() {
		return this.schemeVersionId;
	}

	public String getTitle() {
		return this.title;
	}

	public String getCountryCode() {
		return this.countryCode;
	}

	public LocalDate getStartsOn() {
		return this.startsOn;
	}

	public LocalDate getEndsOn() {
		return this.endsOn;
	}

	public int getCapacity() {
		return this.capacity;
	}

	public boolean isEnrolmentOpen() {
		return this.enrolmentOpen;
	}

	public int getMinAttendancePercent() {
		return this.minAttendancePercent;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public long getCreatedBy() {
		return this.createdBy;
	}

	public Set<Long> getTrainers() {
		return Set.copyOf(this.trainers);
	}

	public List<CohortSession> getSessions() {
		return List.copyOf(this.sessions);
	}

}
