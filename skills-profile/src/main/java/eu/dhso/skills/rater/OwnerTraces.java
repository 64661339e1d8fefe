package eu.dhso.skills.rater;

import java.time.Instant;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes of the sessions and client addresses a professional used on their rater
 * pages: an answer from one of them is not counted as an independent rater.
 */
@Component
class OwnerTraces {

	private final JdbcClient jdbc;

	OwnerTraces(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void note(Long accountId, long trace, Instant now) {
		this.jdbc.sql("""
				insert into skills.rater_owner_trace (account_id, trace, seen_at) values (:account, :trace, :now)
				on conflict (account_id, trace) do update set seen_at = excluded.seen_at""")
			.param("account", accountId)
			.param("trace", trace)
			.param("now", java.sql.Timestamp.from(now))
			.update();
	}

	Set<Long> of(Long accountId) {
		return Set.copyOf(this.jdbc.sql("select trace from skills.rater_owner_trace where account_id = :account")
			.param("account", accountId)
			.query(Long.class)
			.list());
	}

}
