package eu.dhso.guidelines.event;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.VerifiedPeople;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.disclosure.Contributors;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.disclosure.Released;
import eu.dhso.guidelines.event.Event.EventView;
import eu.dhso.guidelines.event.Event.NewEvent;
import eu.dhso.guidelines.event.Registration.RegistrationView;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The events' use cases: planning, registering and cancelling, attendance and feedback,
 * each a method of the {@link Event} aggregate; the average rating goes through the
 * kernel's disclosure control.
 */
@Service
public class EventCalendar {

	private final Events events;

	private final AuditLog audit;

	private final VerifiedPeople verified;

	private final DisclosureControl disclosure;

	private final Clock clock;

	EventCalendar(Events events, AuditLog audit, VerifiedPeople verified, DisclosureControl disclosure) {
		this.events = events;
		this.audit = audit;
		this.verified = verified;
		this.disclosure = disclosure;
		this.clock = Clock.systemUTC();
	}

	@Transactional
	public long create(NewEvent plan, String actor) {
		long id = this.events.save(new Event(plan, this.clock.instant())).getId();
		this.audit.record(actor, "EVENT_CREATE", "event", id, "SUCCESS", plan.slug());
		return id;
	}

	/**
	 * Re-plans the event as the administrator saw it at {@code expectedVersion}.
	 * @throws StaleEventException when someone changed it since
	 */
	@Transactional
	public void replan(String slug, NewEvent plan, long expectedVersion, String actor) {
		Event event = locked(slug);
		if (event.getVersion() != expectedVersion) {
			throw new StaleEventException(slug);
		}
		event.replan(plan, this.clock.instant());
		this.audit.record(actor, "EVENT_REPLAN", "event", event.getId(), "SUCCESS", slug);
	}

	@Transactional(readOnly = true)
	public List<EventView> all() {
		return this.events.findAllByOrderByStartsAtAscIdAsc().stream().map(Event::toView).toList();
	}

	@Transactional(readOnly = true)
	public Optional<EventView> find(String slug) {
		return this.events.findBySlug(slug).map(Event::toView);
	}

	@Transactional(readOnly = true)
	public boolean exists(String slug) {
		return this.events.existsBySlug(slug);
	}

	/**
	 * Registers the person: confirmed while places are left, otherwise on the waitlist.
	 * @throws IllegalArgumentException when there is no open event of this slug
	 */
	@Transactional
	public RegistrationStatus register(String slug, ObservatoryUser person) {
		return locked(slug).register(person.getAccountId(), person.getDisplayName(), this.clock.instant());
	}

	/** Cancels the person's registration; the waitlist fills the freed place. */
	@Transactional
	public void cancel(String slug, ObservatoryUser person) {
		locked(slug).cancel(person.getAccountId());
	}

	@Transactional(readOnly = true)
	public Optional<RegistrationView> registration(String slug, Long accountId) {
		return this.events.findBySlug(slug).flatMap((e) -> e.registrationOf(accountId)).map(Registration::toView);
	}

	/**
	 * Registrations of an event, for administrators: by status, then in the order they
	 * came.
	 */
	@Transactional(readOnly = true)
	public List<RegistrationView> registrations(String slug) {
		return this.events.findBySlug(slug)
			.map((e) -> e.getRegistrations()
				.stream()
				.map(Registration::toView)
				.sorted(Comparator.comparing((RegistrationView r) -> r.status().name()))
				.toList())
			.orElse(List.of());
	}

	@Transactional
	public void markAttendance(String slug, long registrationId, boolean attended, String actor) {
		locked(slug).markAttendance(registrationId, attended);
		this.audit.record(actor, "EVENT_ATTENDANCE", "registration", registrationId, "SUCCESS",
				String.valueOf(attended));
	}

	/** Only people who attended give feedback, once the event has started. */
	@Transactional
	public boolean feedback(String slug, ObservatoryUser person, int rating, String text) {
		return this.events.findBySlug(slug)
			.map((e) -> e.giveFeedback(person.getAccountId(), rating, text, this.clock.instant()))
			.orElse(false);
	}

	/**
	 * Average feedback rating, released through the kernel's disclosure control: only
	 * attendees with a verified account count, so self-registered sock puppets cannot
	 * lift a small group over the threshold and read one person's rating back.
	 */
	@Transactional(readOnly = true)
	public Optional<Double> averageRating(String slug) {
		Map<Long, Integer> ratings = this.events.findBySlug(slug).map(Event::ratingsByAccount).orElse(Map.of());
		Contributors contributors = Contributors.NONE;
		double sum = 0;
		for (Long account : this.verified.among(ratings.keySet())) {
			contributors = contributors.plus(this.disclosure.recordKey("account:" + account));
			sum += ratings.get(account);
		}
		Released released = this.disclosure.mean("event:" + slug + ":rating", contributors, sum, contributors.people(),
				1, 5);
		return Optional.ofNullable(released.value());
	}

	/**
	 * Frees the places of an erased account at events still to come; the waitlist moves
	 * up.
	 */
	@Transactional
	public void cancelUpcomingOfErasedAccount(long accountId) {
		for (String slug : this.events.findUpcomingSlugsWithPlaceOf(accountId, this.clock.instant())) {
			locked(slug).cancel(accountId);
		}
	}

	private Event locked(String slug) {
		return this.events.findLockedBySlug(slug).orElseThrow(() -> new IllegalArgumentException("No event " + slug));
	}

}
