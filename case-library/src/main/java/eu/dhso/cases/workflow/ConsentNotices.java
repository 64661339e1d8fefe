package eu.dhso.cases.workflow;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import eu.dhso.cases.library.PublishedCases.Narrowing;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the editors are told when narrowed consent changed a public copy: there is no
 * e-mail, so the review queue lists these notices.
 */
@Component
public class ConsentNotices {

	/** How long a notice stays in the review queue. */
	static final int DAYS_SHOWN = 90;

	private final JdbcClient jdbc;

	ConsentNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void record(long caseId, Narrowing effect, String actor, Instant at) {
		this.jdbc
			.sql("insert into cases.consent_notice (case_id, effect, actor, occurred_at)"
					+ " values (:case, :effect, :actor, :at)")
			.param("case", caseId)
			.param("effect", effect.name())
			.param("actor", actor)
			.param("at", Timestamp.from(at))
			.update();
	}

	/** The newest notices of the last {@value #DAYS_SHOWN} days. */
	@Transactional(readOnly = true)
	public List<ConsentNotice> recent(int limit) {
		return this.jdbc.sql("""
				select n.case_id, c.title, n.effect, n.actor, n.occurred_at
				from cases.consent_notice n join cases.interview_case c on c.id = n.case_id
				where n.occurred_at > now() - make_interval(days => :days)
				order by n.occurred_at desc, n.id desc limit :limit
				""")
			.param("days", DAYS_SHOWN)
			.param("limit", limit)
			.query((rs, row) -> new ConsentNotice(rs.getLong(1), rs.getString(2), Narrowing.valueOf(rs.getString(3)),
					rs.getString(4), rs.getTimestamp(5).toInstant()))
			.list();
	}

	/** A public copy that narrowed consent changed, for the editors. */
	public record ConsentNotice(long caseId, String title, Narrowing effect, String actor, Instant occurredAt) {
	}

}
