package eu.dhso.guidelines.event;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.dhso.core.capacity.Waitlist;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A multiplier event, the final conference or another event, with its registrations:
 * places up to the capacity, then the kernel's waitlist, which moves up whenever a place
 * frees; attendance and feedback afterwards.
 */
@Entity
@Table(schema = "guidelines", name = "event")
public class Event {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String slug;

	private String title;

	@Enumerated(EnumType.STRING)
	private EventKind kind;

	@Column(name = "country_code")
	private String countryCode;

	@Column(name = "starts_at")
	private Instant startsAt;

	@Column(name = "ends_at")
	private Instant endsAt;

	private String place;

	@Column(name = "online_link")
	private String onlineLink;

	private String agenda;

	private int capacity;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "event_id", nullable = false, updatable = false)
	@OrderBy("createdAt, id")
	private List<Registration> registrations = new ArrayList<>();

	@Version
	private long version;

	protected Event() {
	}

	public Event(NewEvent plan, Instant at) {
		this.slug = plan.slug();
		this.createdAt = at;
		plan(plan, at);
	}

	/**
	 * Changes what the administrator planned (the address stays); more places go to the
	 * waitlist at once. Fewer places than confirmed people cancel nobody.
	 * @return the registrations the waitlist moved into a place
	 */
	public List<Registration> replan(NewEvent plan, Instant at) {
		plan(plan, at);
		return promoteFromWaitlist();
	}

	private void plan(NewEvent plan, Instant at) {
		if (!plan.endsAt().isAfter(plan.startsAt())) {
			throw new IllegalArgumentException("An event ends after it starts");
		}
		if (plan.capacity() <= 0) {
			throw new IllegalArgumentException("An event has at least one place");
		}
		this.title = plan.title();
		this.kind = plan.kind();
		this.countryCode = plan.countryCode();
		this.startsAt = plan.startsAt();
		this.endsAt = plan.endsAt();
		this.place = plan.place();
		this.onlineLink = plan.onlineLink();
		this.agenda = plan.agenda();
		this.capacity = plan.capacity();
		this.updatedAt = at;
	}

	/**
	 * Registers the person: a confirmed place while one is free, otherwise the waitlist.
	 * Registering again changes nothing; a cancelled registration is renewed.
	 * @throws IllegalRegistrationException when the event is over
	 */
	public RegistrationStatus register(Long accountId, String displayName, Instant now) {
		if (!this.endsAt.isAfter(now)) {
			throw new IllegalRegistrationException("Event " + this.slug + " is over");
		}
		Optional<Registration> existing = registrationOf(accountId);
		if (existing.isPresent() && existing.get().getStatus() != RegistrationStatus.CANCELLED) {
			return existing.get().getStatus();
		}
		RegistrationStatus status = Waitlist.placeFree(this.capacity, confirmed()) ? RegistrationStatus.CONFIRMED
				: RegistrationStatus.WAITLISTED;
		if (existing.isPresent()) {
			existing.get().renew(displayName, status, now);
		}
		else {
			this.registrations.add(new Registration(accountId, displayName, status, now));
		}
		return status;
	}

	/**
	 * Cancels the person's registration; the waitlist fills any place that frees.
	 * @return the registrations the waitlist moved into a place
	 */
	public List<Registration> cancel(Long accountId) {
		Optional<Registration> registration = registrationOf(accountId)
			.filter((r) -> r.getStatus() != RegistrationStatus.CANCELLED);
		if (registration.isEmpty()) {
			return List.of();
		}
		registration.get().moveTo(RegistrationStatus.CANCELLED);
		return promoteFromWaitlist();
	}

	/**
	 * A guest without an account asks for a place: an unconfirmed registration that holds
	 * nothing until the guest confirms. Asking again renews the link of an unconfirmed or
	 * cancelled registration; a guest who already has a place or a waitlist position
	 * keeps it.
	 * @return whether a confirmation link is to be sent
	 * @throws IllegalRegistrationException when the event is over
	 */
	public boolean registerGuest(Registration.Guest guest, String confirmationHash, Instant now) {
		if (!this.endsAt.isAfter(now)) {
			throw new IllegalRegistrationException("Event " + this.slug + " is over");
		}
		Optional<Registration> existing = this.registrations.stream()
			.filter((r) -> r.getGuestEmail() != null && r.getGuestEmail().equalsIgnoreCase(guest.email()))
			.findFirst();
		if (existing.isEmpty()) {
			this.registrations.add(Registration.guest(guest, confirmationHash, now));
			return true;
		}
		RegistrationStatus status = existing.get().getStatus();
		if (status == RegistrationStatus.CONFIRMED || status == RegistrationStatus.WAITLISTED) {
			return false;
		}
		existing.get().renewGuest(guest, confirmationHash, now);
		return true;
	}

	/**
	 * The guest opened the link sent at most {@code validFor} ago: a place while one is
	 * free, otherwise the waitlist, from now.
	 */
	public Optional<Registration> confirmGuest(String confirmationHash, Instant now, Duration validFor,
			String cancelHash) {
		if (!this.endsAt.isAfter(now)) {
			return Optional.empty();
		}
		Optional<Registration> registration = this.registrations.stream()
			.filter((r) -> r.awaitsConfirmation(confirmationHash, now.minus(validFor)))
			.findFirst();
		registration.ifPresent((r) -> r.confirmGuest(Waitlist.placeFree(this.capacity, confirmed())
				? RegistrationStatus.CONFIRMED : RegistrationStatus.WAITLISTED, now, cancelHash));
		return registration;
	}

	/** The guest registration the cancellation link of this hash would cancel now. */
	Optional<Registration> cancellableByLink(String cancelHash, Instant now) {
		if (!this.endsAt.isAfter(now)) {
			return Optional.empty();
		}
		return this.registrations.stream().filter((r) -> r.cancellableBy(cancelHash)).findFirst();
	}

	/**
	 * A guest cancels through the e-mailed link, once; the waitlist fills any place that
	 * frees.
	 * @return the registrations the waitlist moved into a place, or empty when the link
	 * does not work
	 */
	public Optional<List<Registration>> cancelByLink(String cancelHash, Instant now) {
		return cancellableByLink(cancelHash, now).map((r) -> {
			r.cancelByLink();
			return promoteFromWaitlist();
		});
	}

	private List<Registration> promoteFromWaitlist() {
		Map<Long, Registration> waiting = new HashMap<>();
		List<Waitlist.Request> requests = new ArrayList<>();
		for (int i = 0; i < this.registrations.size(); i++) {
			Registration r = this.registrations.get(i);
			if (r.getStatus() == RegistrationStatus.WAITLISTED) {
				// registrations not yet saved have no id: they queue after the saved ones
				long key = (r.getId() != null) ? r.getId() : Long.MAX_VALUE - this.registrations.size() + i;
				waiting.put(key, r);
				requests.add(new Waitlist.Request(key, r.getCreatedAt()));
			}
		}
		List<Registration> promoted = new ArrayList<>();
		for (Long key : Waitlist.toPromote(this.capacity, confirmed(), requests)) {
			waiting.get(key).moveTo(RegistrationStatus.CONFIRMED);
			promoted.add(waiting.get(key));
		}
		return promoted;
	}

	/**
	 * @throws IllegalRegistrationException when there is no confirmed registration with
	 * this id
	 */
	public void markAttendance(long registrationId, boolean attended) {
		this.registrations.stream()
			.filter((r) -> r.getId() != null && r.getId() == registrationId)
			.findFirst()
			.orElseThrow(() -> new IllegalRegistrationException("No registration " + registrationId))
			.markAttendance(attended);
	}

	/**
	 * Only people who attended give feedback, once the event has started.
	 * @return whether the feedback was taken
	 */
	public boolean giveFeedback(Long accountId, int rating, String text, Instant now) {
		Optional<Registration> registration = registrationOf(accountId).filter(Registration::isAttended);
		if (registration.isEmpty() || !this.startsAt.isBefore(now)) {
			return false;
		}
		registration.get().giveFeedback(rating, text);
		return true;
	}

	public Optional<Registration> registrationOf(Long accountId) {
		return this.registrations.stream()
			.filter((r) -> r.getAccountId() != null && r.getAccountId().equals(accountId))
			.findFirst();
	}

	/**
	 * The ratings of people who attended, by account, for the disclosure-controlled mean.
	 */
	public Map<Long, Integer> ratingsByAccount() {
		Map<Long, Integer> ratings = new HashMap<>();
		this.registrations.stream()
			.filter((r) -> r.isAttended() && r.getFeedbackRating() != null && r.getAccountId() != null)
			.forEach((r) -> ratings.put(r.getAccountId(), r.getFeedbackRating()));
		return ratings;
	}

	private long confirmed() {
		return count(RegistrationStatus.CONFIRMED);
	}

	private long count(RegistrationStatus status) {
		return this.registrations.stream().filter((r) -> r.getStatus() == status).count();
	}

	public EventView toView() {
		return new EventView(this.id, this.slug, this.title, this.kind, this.countryCode, this.startsAt, this.endsAt,
				this.place, this.onlineLink, this.agenda, this.capacity, (int) confirmed(),
				(int) count(RegistrationStatus.WAITLISTED), this.version, this.updatedAt);
	}

	public Long getId() {
		return this.id;
	}

	public String getSlug() {
		return this.slug;
	}

	public List<Registration> getRegistrations() {
		return List.copyOf(this.registrations);
	}

	public long getVersion() {
		return this.version;
	}

	/** What an administrator plans. */
	public record NewEvent(String slug, String title, EventKind kind, String countryCode, Instant startsAt,
			Instant endsAt, String place, String onlineLink, String agenda, int capacity) {
	}

	/** An event as the calendar shows it, with its places taken and waiting. */
	public record EventView(Long id, String slug, String title, EventKind kind, String countryCode, Instant startsAt,
			Instant endsAt, String place, String onlineLink, String agenda, int capacity, int confirmed, int waitlisted,
			long version, Instant updatedAt) {

		public int seatsLeft() {
			return (int) Waitlist.freePlaces(this.capacity, this.confirmed);
		}

		public boolean past() {
			return this.endsAt.isBefore(Instant.now());
		}

	}

}
