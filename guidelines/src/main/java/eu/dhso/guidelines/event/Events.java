package eu.dhso.guidelines.event;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.VerifiedPeople;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.disclosure.Contributors;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.disclosure.Released;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Multiplier events and others: registration up to the capacity, then a waitlist that
 * moves up when someone cancels; attendance and feedback afterwards.
 */
@Service
public class Events {

	private static final String COLUMNS = """
			e.id, e.slug, e.title, e.kind, e.country_code, e.starts_at, e.ends_at, e.place, e.online_link, e.agenda,
			e.capacity,
			(select count(*) from guidelines.registration r where r.event_id = e.id and r.status = 'CONFIRMED')
			    as confirmed,
			(select count(*) from guidelines.registration r where r.event_id = e.id and r.status = 'WAITLISTED')
			    as waitlisted
			""";

	private final JdbcClient jdbc;

	private final AuditLog audit;

	private final VerifiedPeople verified;

	private final DisclosureControl disclosure;

	Events(JdbcClient jdbc, AuditLog audit, VerifiedPeople verified, DisclosureControl disclosure) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.verified = verified;
		this.disclosure = disclosure;
	}

	@Transactional
	public long create(NewEvent event, String actor) {
		long id = this.jdbc.sql("""
				insert into guidelines.event (slug, title, kind, country_code, starts_at, ends_at, place, online_link,
				    agenda, capacity)
				values (:slug, :title, :kind, :country, :starts, :ends, :place, :link, :agenda, :capacity) returning id
				""")
			.param("slug", event.slug())
			.param("title", event.title())
			.param("kind", event.kind().name())
			.param("country", event.countryCode())
			.param("starts", Timestamp.from(event.startsAt()))
			.param("ends", Timestamp.from(event.endsAt()))
			.param("place", event.place())
			.param("link", event.onlineLink())
			.param("agenda", event.agenda())
			.param("capacity", event.capacity())
			.query(Long.class)
			.single();
		this.audit.record(actor, "EVENT_CREATE", "event", id, "SUCCESS", event.slug());
		return id;
	}

	@Transactional(readOnly = true)
	public List<Event> all() {
		return this.jdbc.sql("select " + COLUMNS + " from guidelines.event e order by e.starts_at, e.id")
			.query((rs, row) -> event(rs))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<Event> find(String slug) {
		return this.jdbc.sql("select " + COLUMNS + " from guidelines.event e where e.slug = :slug")
			.param("slug", slug)
			.query((rs, row) -> event(rs))
			.optional();
	}

	@Transactional(readOnly = true)
	public boolean exists(String slug) {
		return find(slug).isPresent();
	}

	/**
	 * Registers the person: confirmed while seats are left, otherwise on the waitlist.
	 * The event row is locked so two last-seat registrations cannot both be confirmed.
	 */
	@Transactional
	public RegistrationStatus register(String slug, ObservatoryUser person) {
		long eventId = this.jdbc
			.sql("select id from guidelines.event where slug = :slug and ends_at > now() for update")
			.param("slug", slug)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No open event " + slug));
		Optional<String> existing = registrationStatus(eventId, person.getAccountId());
		if (existing.isPresent() && !existing.get().equals("CANCELLED")) {
			return RegistrationStatus.valueOf(existing.get());
		}
		Event event = find(slug).orElseThrow();
		RegistrationStatus status = (event.confirmed() < event.capacity()) ? RegistrationStatus.CONFIRMED
				: RegistrationStatus.WAITLISTED;
		this.jdbc.sql("""
				insert into guidelines.registration (event_id, account_id, display_name, status)
				values (:event, :account, :name, :status)
				on conflict (event_id, account_id) do update set status = excluded.status, created_at = now()
				""")
			.param("event", eventId)
			.param("account", person.getAccountId())
			.param("name", person.getDisplayName())
			.param("status", status.name())
			.update();
		return status;
	}

	/**
	 * Cancels the person's registration; the first on the waitlist takes a freed seat.
	 */
	@Transactional
	public void cancel(String slug, ObservatoryUser person) {
		long eventId = this.jdbc.sql("select id from guidelines.event where slug = :slug for update")
			.param("slug", slug)
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new IllegalArgumentException("No event " + slug));
		cancel(eventId, person.getAccountId());
	}

	/**
	 * An erased account gives up its seats and waitlist places at events that have not
	 * started; registrations for past events stay, anonymous, for attendance figures.
	 */
	@Transactional
	public void cancelUpcomingOfErasedAccount(long accountId) {
		List<Long> eventIds = this.jdbc.sql("""
				select e.id from guidelines.event e join guidelines.registration r on r.event_id = e.id
				where r.account_id = :account and r.status <> 'CANCELLED' and e.starts_at > now()
				order by e.id""").param("account", accountId).query(Long.class).list();
		for (long eventId : eventIds) {
			this.jdbc.sql("select id from guidelines.event where id = :id for update")
				.param("id", eventId)
				.query(Long.class)
				.single();
			cancel(eventId, accountId);
		}
	}

	private void cancel(long eventId, long accountId) {
		String before = registrationStatus(eventId, accountId).orElse("NONE");
		this.jdbc.sql("""
				update guidelines.registration set status = 'CANCELLED'
				where event_id = :event and account_id = :account
				""").param("event", eventId).param("account", accountId).update();
		if (before.equals("CONFIRMED")) {
			this.jdbc.sql("""
					update guidelines.registration set status = 'CONFIRMED' where id = (
					    select id from guidelines.registration where event_id = :event and status = 'WAITLISTED'
					    order by created_at, id limit 1)
					""").param("event", eventId).update();
		}
	}

	@Transactional(readOnly = true)
	public Optional<Registration> registration(String slug, Long accountId) {
		return this.jdbc.sql("""
				select r.id, r.display_name, r.status, r.attended, r.feedback_rating, r.feedback_text
				from guidelines.registration r join guidelines.event e on e.id = r.event_id
				where e.slug = :slug and r.account_id = :account
				""").param("slug", slug).param("account", accountId).query((rs, row) -> registration(rs)).optional();
	}

	/** Registrations of an event, for administrators. */
	@Transactional(readOnly = true)
	public List<Registration> registrations(String slug) {
		return this.jdbc.sql("""
				select r.id, r.display_name, r.status, r.attended, r.feedback_rating, r.feedback_text
				from guidelines.registration r join guidelines.event e on e.id = r.event_id
				where e.slug = :slug order by r.status, r.created_at, r.id
				""").param("slug", slug).query((rs, row) -> registration(rs)).list();
	}

	@Transactional
	public void markAttendance(String slug, long registrationId, boolean attended, String actor) {
		int updated = this.jdbc.sql("""
				update guidelines.registration r set attended = :attended from guidelines.event e
				where e.id = r.event_id and e.slug = :slug and r.id = :id and r.status = 'CONFIRMED'
				""").param("attended", attended).param("slug", slug).param("id", registrationId).update();
		if (updated == 0) {
			throw new IllegalArgumentException("No confirmed registration " + registrationId);
		}
		this.audit.record(actor, "EVENT_ATTENDANCE", "registration", registrationId, "SUCCESS",
				String.valueOf(attended));
	}

	/** Only people who attended give feedback, once the event has started. */
	@Transactional
	public boolean feedback(String slug, ObservatoryUser person, int rating, String text) {
		return this.jdbc.sql("""
				update guidelines.registration r set feedback_rating = :rating, feedback_text = :text
				from guidelines.event e
				where e.id = r.event_id and e.slug = :slug and r.account_id = :account and r.attended
				    and e.starts_at < now()
				""")
			.param("rating", rating)
			.param("text", text)
			.param("slug", slug)
			.param("account", person.getAccountId())
			.update() > 0;
	}

	/**
	 * Average feedback rating, released through the kernel's disclosure control: only
	 * attendees with a verified account count, so self-registered sock puppets cannot
	 * lift a small group over the threshold and read one person's rating back.
	 */
	@Transactional(readOnly = true)
	public Optional<Double> averageRating(String slug) {
		Map<Long, Integer> ratings = new HashMap<>();
		this.jdbc.sql("""
				select r.account_id, r.feedback_rating from guidelines.registration r
				join guidelines.event e on e.id = r.event_id
				where e.slug = :slug and r.attended and r.feedback_rating is not null""")
			.param("slug", slug)
			.query((rs) -> {
				ratings.put(rs.getLong(1), rs.getInt(2));
			});
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

	private Optional<String> registrationStatus(long eventId, Long accountId) {
		return this.jdbc
			.sql("select status from guidelines.registration where event_id = :event and account_id = :account")
			.param("event", eventId)
			.param("account", accountId)
			.query(String.class)
			.optional();
	}

	private static Registration registration(java.sql.ResultSet rs) throws java.sql.SQLException {
		Integer rating = rs.getObject("feedback_rating", Integer.class);
		return new Registration(rs.getLong("id"), rs.getString("display_name"),
				RegistrationStatus.valueOf(rs.getString("status")), rs.getBoolean("attended"), rating,
				rs.getString("feedback_text"));
	}

	private static Event event(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Event(rs.getLong("id"), rs.getString("slug"), rs.getString("title"),
				EventKind.valueOf(rs.getString("kind")), rs.getString("country_code"),
				rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant(), rs.getString("place"),
				rs.getString("online_link"), rs.getString("agenda"), rs.getInt("capacity"), rs.getInt("confirmed"),
				rs.getInt("waitlisted"));
	}

	public enum EventKind {

		MULTIPLIER_EVENT, FINAL_CONFERENCE, WORKSHOP, WEBINAR

	}

	public enum RegistrationStatus {

		CONFIRMED, WAITLISTED, CANCELLED

	}

	public record NewEvent(String slug, String title, EventKind kind, String countryCode, Instant startsAt,
			Instant endsAt, String place, String onlineLink, String agenda, int capacity) {
	}

	public record Event(long id, String slug, String title, EventKind kind, String countryCode, Instant startsAt,
			Instant endsAt, String place, String onlineLink, String agenda, int capacity, int confirmed,
			int waitlisted) {

		public int seatsLeft() {
			return Math.max(0, this.capacity - this.confirmed);
		}

		public boolean past() {
			return this.endsAt.isBefore(Instant.now());
		}

	}

	public record Registration(long id, String displayName, RegistrationStatus status, boolean attended,
			Integer feedbackRating, String feedbackText) {
	}

}
