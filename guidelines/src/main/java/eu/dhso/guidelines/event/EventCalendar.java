package eu.dhso.guidelines.event;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.VerifiedPeople;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.disclosure.Contributors;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.disclosure.Released;
import eu.dhso.core.mail.Outbox;
import eu.dhso.core.mail.Outbox.Letter;
import eu.dhso.core.web.PublicUrl;
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

	/**
	 * How long a guest's confirmation link works; until then the guest holds no place.
	 */
	public static final Duration GUEST_CONFIRMATION = Duration.ofHours(24);

	static final Duration GUEST_RESEND_AFTER = Duration.ofMinutes(10);

	private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
		.withZone(ZoneOffset.UTC);

	private final Events events;

	private final AuditLog audit;

	private final VerifiedPeople verified;

	private final DisclosureControl disclosure;

	private final Clock clock;

	private final Outbox outbox;

	private final PublicUrl publicUrl;

	EventCalendar(Events events, AuditLog audit, VerifiedPeople verified, DisclosureControl disclosure, Outbox outbox,
			PublicUrl publicUrl) {
		this.events = events;
		this.audit = audit;
		this.verified = verified;
		this.disclosure = disclosure;
		this.outbox = outbox;
		this.publicUrl = publicUrl;
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
		tellPromoted(event, event.replan(plan, this.clock.instant()));
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
		Event event = locked(slug);
		boolean had = event.registrationOf(person.getAccountId())
			.filter((r) -> r.getStatus() != RegistrationStatus.CANCELLED)
			.isPresent();
		RegistrationStatus status = event.register(person.getAccountId(), person.getDisplayName(),
				this.clock.instant());
		if (!had) {
			this.outbox.sendToAccount(person.getAccountId(), placeLetter(event, status, person.getDisplayName()));
		}
		return status;
	}

	/**
	 * A guest without an account asks for a place: the registration waits, holding
	 * nothing, until the guest opens the link e-mailed to them (within
	 * {@link #GUEST_CONFIRMATION}); a guest who already has a place gets no new link. One
	 * link per address and event every {@link #GUEST_RESEND_AFTER}, so the form cannot be
	 * used to flood a mailbox.
	 * @throws IllegalRegistrationException when the event is over
	 */
	@Transactional
	public void registerGuest(String slug, Registration.Guest guest) {
		Event event = locked(slug);
		Instant now = this.clock.instant();
		boolean recentlySent = event.getRegistrations()
			.stream()
			.anyMatch((r) -> r.getStatus() == RegistrationStatus.UNCONFIRMED
					&& guest.email().equalsIgnoreCase(r.getGuestEmail())
					&& r.getCreatedAt().isAfter(now.minus(GUEST_RESEND_AFTER)));
		if (recentlySent) {
			return;
		}
		String token = Tokens.newToken();
		if (event.registerGuest(guest, Tokens.hash(token), now)) {
			this.outbox.send(guest.email(), Locale.forLanguageTag(guest.language()),
					new Letter("event.guestConfirmation", "guidelines.mail.event.confirm.subject",
							"guidelines.mail.event.confirm.body", event.toView().title(), guest.name(),
							when(event.toView()),
							this.publicUrl.link("/events/" + slug + "/confirmation?token=" + token),
							GUEST_CONFIRMATION.toHours()));
		}
	}

	/**
	 * The guest opened the link: a place or the waitlist, confirmed by e-mail.
	 * @return the new status, or empty when the link is unknown, used or too old
	 */
	@Transactional
	public Optional<RegistrationStatus> confirmGuest(String slug, String token) {
		if (token == null || token.isBlank() || !this.events.existsBySlug(slug)) {
			return Optional.empty();
		}
		Event event = locked(slug);
		String cancelToken = Tokens.newToken();
		Optional<Registration> confirmed = event.confirmGuest(Tokens.hash(token), this.clock.instant(),
				GUEST_CONFIRMATION, Tokens.hash(cancelToken));
		confirmed.ifPresent((r) -> tell(r, guestPlaceLetter(event, r.getStatus(), r.getDisplayName(), cancelToken)));
		return confirmed.map(Registration::getStatus);
	}

	/**
	 * The event whose place the guest's cancellation link would give up now; empty when
	 * the link is unknown, spent or the event is over.
	 */
	@Transactional(readOnly = true)
	public Optional<EventView> guestCancellation(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		String hash = Tokens.hash(token);
		Instant now = this.clock.instant();
		return this.events.findSlugByCancelHash(hash)
			.flatMap(this.events::findBySlug)
			.filter((e) -> e.cancellableByLink(hash, now).isPresent())
			.map(Event::toView);
	}

	/**
	 * A guest gives up their place or waitlist position through the e-mailed link; it
	 * works once, and the waitlist fills the freed place.
	 * @return the event, or empty when the link is unknown, spent or the event is over
	 */
	@Transactional
	public Optional<EventView> cancelGuest(String token) {
		if (token == null || token.isBlank()) {
			return Optional.empty();
		}
		String hash = Tokens.hash(token);
		Optional<String> slug = this.events.findSlugByCancelHash(hash);
		if (slug.isEmpty()) {
			return Optional.empty();
		}
		Event event = locked(slug.get());
		Optional<List<Registration>> promoted = event.cancelByLink(hash, this.clock.instant());
		promoted.ifPresent((p) -> {
			tellPromoted(event, p);
			this.audit.record(null, "EVENT_GUEST_CANCEL", "event", event.getId(), "SUCCESS", event.getSlug());
		});
		return promoted.map((p) -> event.toView());
	}

	/** Whether the link would confirm a guest's registration now. */
	@Transactional(readOnly = true)
	public boolean guestLinkWorks(String slug, String token) {
		if (token == null || token.isBlank()) {
			return false;
		}
		String hash = Tokens.hash(token);
		Instant notBefore = this.clock.instant().minus(GUEST_CONFIRMATION);
		return this.events.findBySlug(slug)
			.filter((e) -> !e.toView().past())
			.map((e) -> e.getRegistrations().stream().anyMatch((r) -> r.awaitsConfirmation(hash, notBefore)))
			.orElse(false);
	}

	/** Cancels the person's registration; the waitlist fills the freed place. */
	@Transactional
	public void cancel(String slug, ObservatoryUser person) {
		Event event = locked(slug);
		tellPromoted(event, event.cancel(person.getAccountId()));
	}

	private void tellPromoted(Event event, List<Registration> promoted) {
		for (Registration registration : promoted) {
			tell(registration, new Letter("event.promoted", "guidelines.mail.event.promoted.subject",
					"guidelines.mail.event.promoted.body", letterArguments(event, registration.getDisplayName())));
		}
	}

	/** To the account, in its language; to a guest, at their address in theirs. */
	private void tell(Registration registration, Letter letter) {
		if (registration.getAccountId() != null) {
			this.outbox.sendToAccount(registration.getAccountId(), letter);
		}
		else if (registration.getGuestEmail() != null) {
			this.outbox.send(registration.getGuestEmail(),
					Locale.forLanguageTag((registration.getLanguage() != null) ? registration.getLanguage() : "en"),
					letter);
		}
	}

	private Letter placeLetter(Event event, RegistrationStatus status, String name) {
		Object[] arguments = letterArguments(event, name);
		return (status == RegistrationStatus.CONFIRMED)
				? new Letter("event.confirmed", "guidelines.mail.event.confirmed.subject",
						"guidelines.mail.event.confirmed.body", arguments)
				: new Letter("event.waitlisted", "guidelines.mail.event.waitlisted.subject",
						"guidelines.mail.event.waitlisted.body", arguments);
	}

	/** The same, to a guest, with {4} the link that gives the place up. */
	private Letter guestPlaceLetter(Event event, RegistrationStatus status, String name, String cancelToken) {
		Object[] plain = letterArguments(event, name);
		Object[] arguments = java.util.Arrays.copyOf(plain, plain.length + 1);
		arguments[plain.length] = this.publicUrl.link("/events/registrations/cancel?token=" + cancelToken);
		return (status == RegistrationStatus.CONFIRMED)
				? new Letter("event.confirmed", "guidelines.mail.event.confirmed.subject",
						"guidelines.mail.event.guestConfirmed.body", arguments)
				: new Letter("event.waitlisted", "guidelines.mail.event.waitlisted.subject",
						"guidelines.mail.event.guestWaitlisted.body", arguments);
	}

	/** {0} the event, {1} the person, {2} when, {3} the event's page. */
	private Object[] letterArguments(Event event, String name) {
		EventView view = event.toView();
		return new Object[] { view.title(), name, when(view), this.publicUrl.link("/events/" + view.slug()) };
	}

	private static String when(EventView event) {
		return WHEN.format(event.startsAt()) + " – " + WHEN.format(event.endsAt()) + " UTC";
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
			Event event = locked(slug);
			tellPromoted(event, event.cancel(accountId));
		}
	}

	private Event locked(String slug) {
		return this.events.findLockedBySlug(slug).orElseThrow(() -> new IllegalArgumentException("No event " + slug));
	}

}
