package eu.dhso.guidelines.privacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import eu.dhso.core.privacy.DataSubject;
import eu.dhso.core.privacy.PersonalData;
import eu.dhso.core.privacy.Replacement;
import eu.dhso.guidelines.event.EventCalendar;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The comments a person made on guidelines in consultation and their event registrations
 * with the feedback they gave. Network applications are filed without an account (the
 * form is open to anyone), so none of them is the account's to export or erase.
 */
@Component
class GuidelinesPersonalData implements PersonalData {

	private final JdbcClient jdbc;

	private final EventCalendar events;

	GuidelinesPersonalData(JdbcClient jdbc, EventCalendar events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public String section() {
		return "guidelines";
	}

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Object export(DataSubject person) {
		List<CommentLine> comments = this.jdbc.sql("""
				select g.slug, c.section_index, c.author_name, c.body, c.status, c.resolution, c.created_at
				from guidelines.guideline_comment c join guidelines.guideline g on g.id = c.guideline_id
				where c.author_account_id = ? order by c.created_at, c.id""")
			.param(person.accountId())
			.query((rs, row) -> new CommentLine(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getString(6), instant(rs.getTimestamp(7))))
			.list();
		List<RegistrationLine> registrations = this.jdbc.sql("""
				select e.slug, e.title, e.starts_at, r.display_name, r.status, r.attended, r.feedback_rating,
				       r.feedback_text, r.created_at
				from guidelines.registration r join guidelines.event e on e.id = r.event_id
				where r.account_id = ? order by e.starts_at, r.id""")
			.param(person.accountId())
			.query((rs, row) -> new RegistrationLine(rs.getString(1), rs.getString(2), instant(rs.getTimestamp(3)),
					rs.getString(4), rs.getString(5), rs.getBoolean(6), (Integer) rs.getObject(7), rs.getString(8),
					instant(rs.getTimestamp(9))))
			.list();
		return new GuidelinesSection(comments, registrations);
	}

	/**
	 * Consultation comments are the person's own words and go; registrations for past
	 * events stay for attendance and rating figures, moved to the stand-in account and
	 * without the feedback text. An administrator's name on decisions and reports becomes
	 * the replacement name, except on published guideline versions, which never change.
	 */
	@Override
	public void erase(DataSubject person, Replacement replacement) {
		String pseudonym = replacement.name();
		this.jdbc.sql("delete from guidelines.guideline_comment where author_account_id = ?")
			.param(person.accountId())
			.update();
		this.events.cancelUpcomingOfErasedAccount(person.accountId());
		this.jdbc.sql("""
				update guidelines.registration set account_id = :standIn, display_name = :name, feedback_text = null
				where account_id = :account""")
			.param("standIn", replacement.standInAccountId())
			.param("name", replacement.standInName())
			.param("account", person.accountId())
			.update();
		this.jdbc.sql("update guidelines.member set decided_by = ? where lower(decided_by) = lower(?)")
			.param(pseudonym)
			.param(person.username())
			.update();
		this.jdbc.sql("update guidelines.report set published_by = ? where lower(published_by) = lower(?)")
			.param(pseudonym)
			.param(person.username())
			.update();
		this.jdbc.sql("update guidelines.lifecycle_maturity set set_by = ? where lower(set_by) = lower(?)")
			.param(pseudonym)
			.param(person.username())
			.update();
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	record GuidelinesSection(List<CommentLine> consultationComments, List<RegistrationLine> eventRegistrations) {
	}

	record CommentLine(String guideline, int section, String nameShown, String comment, String status,
			String resolution, Instant createdAt) {
	}

	record RegistrationLine(String event, String title, Instant startsAt, String nameShown, String status,
			boolean attended, Integer feedbackRating, String feedbackText, Instant registeredAt) {
	}

}
