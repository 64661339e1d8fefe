package eu.dhso.core.security;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per account name and per client address in the database, so that
 * every node of a cluster refuses the same attempts. Unknown account names are counted
 * like known ones, so the refusal tells nothing about which accounts exist.
 */
@Component
public class LoginThrottle {

	private final JdbcClient jdbc;

	private final LoginThrottleProperties properties;

	LoginThrottle(JdbcClient jdbc, LoginThrottleProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
	}

	public boolean isLocked(String username, String clientAddress) {
		Instant now = Instant.now();
		return lockedUntil(accountKey(username)).isAfter(now) || lockedUntil(addressKey(clientAddress)).isAfter(now);
	}

	public void recordFailure(String username, String clientAddress) {
		recordFailure(accountKey(username));
		recordFailure(addressKey(clientAddress));
	}

	public void recordSuccess(String username) {
		this.jdbc.sql("delete from core.login_throttle where throttle_key = ?").param(accountKey(username)).update();
	}

	private void recordFailure(String key) {
		Instant now = Instant.now();
		Timestamp resetBefore = Timestamp.from(now.minus(this.properties.resetAfter()));
		int failures = this.jdbc.sql("""
				insert into core.login_throttle (throttle_key, failures, locked_until, last_failure_at)
				values (:key, 1, null, :now)
				on conflict (throttle_key) do update set
				  failures = case when core.login_throttle.last_failure_at < :resetBefore then 1
				                  else core.login_throttle.failures + 1 end,
				  locked_until = case when core.login_throttle.last_failure_at < :resetBefore then null
				                  else core.login_throttle.locked_until end,
				  last_failure_at = :now
				returning failures""")
			.param("key", key)
			.param("now", Timestamp.from(now))
			.param("resetBefore", resetBefore)
			.query(Integer.class)
			.single();
		if (failures >= this.properties.maxFailures()) {
			this.jdbc.sql("update core.login_throttle set locked_until = ? where throttle_key = ?")
				.param(Timestamp.from(now.plus(this.properties.lockFor(failures))))
				.param(key)
				.update();
		}
	}

	private Instant lockedUntil(String key) {
		return this.jdbc.sql("select locked_until from core.login_throttle where throttle_key = ?")
			.param(key)
			.query(Timestamp.class)
			.optional()
			.map(Timestamp::toInstant)
			.orElse(Instant.EPOCH);
	}

	private static String accountKey(String username) {
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return "account:" + ((name.length() > 150) ? name.substring(0, 150) : name);
	}

	private static String addressKey(String clientAddress) {
		return "address:" + ((clientAddress != null) ? clientAddress : "unknown");
	}

}
