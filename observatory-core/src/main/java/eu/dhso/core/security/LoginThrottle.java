package eu.dhso.core.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts sign-in attempts in the database, so that every node of a cluster refuses the
 * same ones. An attempt is counted before its password is checked, and counting and
 * checking the limits are one SQL statement: parallel attempts queue on the counted rows,
 * so no more than the limit ever reach the password check. A successful sign-in takes its
 * attempt back.
 * <p>
 * Attempts are counted per account and client address pair, so strangers elsewhere cannot
 * lock the owner out; per account overall, with a slower limit, against guesses from many
 * addresses; and per address across accounts, against one address trying many accounts.
 * From a known device (a signed cookie set by an earlier successful sign-in on that
 * account) only that device's own count applies. Unknown account names are counted like
 * known ones, so the refusal tells nothing about which accounts exist.
 */
@Component
public class LoginThrottle {

	private static final String ATTEMPT = """
			with attempt(throttle_key) as (values %s),
			blocked as (
			  select 1 from core.login_throttle t join attempt a on a.throttle_key = t.throttle_key
			  where t.locked_until > now() and t.last_failure_at >= now() - make_interval(secs => :resetSeconds))
			insert into core.login_throttle as t (throttle_key, failures, locked_until, last_failure_at)
			select a.throttle_key, 1, %s, now() from attempt a
			where not exists (select 1 from blocked)
			on conflict (throttle_key) do update set
			  failures = %s,
			  locked_until = %s,
			  last_failure_at = now()
			where t.locked_until is null or t.locked_until <= now()
			   or t.last_failure_at < now() - make_interval(secs => :resetSeconds)
			returning t.throttle_key, t.failures""";

	private static final String NEW_FAILURES = """
			case when t.last_failure_at < now() - make_interval(secs => :resetSeconds) then 1 \
			else t.failures + 1 end""";

	private static final int CLEAN_UP_EVERY = 200;

	private final JdbcClient jdbc;

	private final LoginThrottleProperties properties;

	private final String attemptWithOneKey;

	private final String attemptWithThreeKeys;

	LoginThrottle(JdbcClient jdbc, LoginThrottleProperties properties) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.attemptWithOneKey = attemptStatement(1);
		this.attemptWithThreeKeys = attemptStatement(3);
	}

	/**
	 * Counts one sign-in attempt and says whether its password may be checked, and after
	 * what wait. {@code knownDevice} is the id of a verified known-device cookie for this
	 * account name, or null.
	 */
	public Attempt attempt(String username, String clientAddress, String knownDevice) {
		if (ThreadLocalRandom.current().nextInt(CLEAN_UP_EVERY) == 0) {
			forgetOldCounts();
		}
		String name = name(username);
		String address = address(clientAddress);
		List<String> keys = (knownDevice != null) ? List.of(deviceKey(name, knownDevice))
				: List.of(pairKey(name, address), accountKey(name), addressKey(address));
		JdbcClient.StatementSpec statement = this.jdbc
			.sql((keys.size() == 1) ? this.attemptWithOneKey : this.attemptWithThreeKeys)
			.param("resetSeconds", seconds(this.properties.resetAfter()))
			.param("pairMax", this.properties.maxFailures())
			.param("accountMax", this.properties.accountMaxFailures())
			.param("addressMax", this.properties.addressMaxFailures())
			.param("initialSeconds", seconds(this.properties.initialLock()))
			.param("maxSeconds", seconds(this.properties.maxLock()));
		for (int i = 0; i < keys.size(); i++) {
			statement = statement.param("k" + i, keys.get(i));
		}
		Set<String> counted = new HashSet<>();
		List<Integer> ownFailures = new ArrayList<>();
		statement.query((row, number) -> {
			counted.add(row.getString(1));
			if (row.getString(1).equals(keys.get(0))) {
				ownFailures.add(row.getInt(2));
			}
			return null;
		}).list();
		boolean allowed = counted.containsAll(keys);
		// the stranger's own count (pair or device) sets the wait, never the owner's
		// elsewhere
		Duration delay = allowed ? this.properties.delayAfter(ownFailures.get(0) - 1) : Duration.ZERO;
		return new Attempt(name, address, knownDevice, allowed, delay);
	}

	/**
	 * The password was right: the counts of this account start again, and the address
	 * gets its attempt back.
	 */
	public void succeeded(Attempt attempt) {
		String first = (attempt.knownDevice() != null) ? deviceKey(attempt.name(), attempt.knownDevice())
				: pairKey(attempt.name(), attempt.address());
		this.jdbc.sql("delete from core.login_throttle where throttle_key in (:first, :account)")
			.param("first", first)
			.param("account", accountKey(attempt.name()))
			.update();
		if (attempt.knownDevice() == null) {
			this.jdbc.sql("""
					update core.login_throttle set failures = greatest(failures - 1, 0),
					  locked_until = case when failures - 1 < :addressMax then null else locked_until end
					where throttle_key = :key""")
				.param("addressMax", this.properties.addressMaxFailures())
				.param("key", addressKey(attempt.address()))
				.update();
		}
	}

	/** Counts whose window has passed and whose lock has ended mean nothing any more. */
	void forgetOldCounts() {
		this.jdbc.sql("""
				delete from core.login_throttle
				where last_failure_at < now() - make_interval(secs => :resetSeconds)
				  and (locked_until is null or locked_until < now())""")
			.param("resetSeconds", seconds(this.properties.resetAfter()))
			.update();
	}

	private static String attemptStatement(int keys) {
		StringJoiner values = new StringJoiner(", ");
		for (int i = 0; i < keys; i++) {
			values.add("(cast(:k" + i + " as varchar))");
		}
		String firstLock = lockWhenReached("1", "a.throttle_key", "null");
		String nextLock = lockWhenReached(NEW_FAILURES, "t.throttle_key", """
				case when t.last_failure_at < now() - make_interval(secs => :resetSeconds) then null \
				else t.locked_until end""");
		return ATTEMPT.formatted(values, firstLock, NEW_FAILURES, nextLock);
	}

	/**
	 * The lock an attempt sets when it reaches its key's limit: it may still check its
	 * password, the next ones wait. {@code initialLock}, doubling per further failure.
	 */
	private static String lockWhenReached(String failures, String key, String otherwise) {
		String limit = """
				(case split_part(%s, ':', 1) when 'account' then :accountMax when 'address' then :addressMax \
				else :pairMax end)""".formatted(key);
		return """
				case when (%1$s) >= %2$s then now() + make_interval(secs => \
				least(:initialSeconds * power(2, least((%1$s) - %2$s, 20)), :maxSeconds)) else %3$s end"""
			.formatted(failures, limit, otherwise);
	}

	private static double seconds(Duration duration) {
		return duration.toMillis() / 1000.0;
	}

	private static String name(String username) {
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (name.length() > 120) ? name.substring(0, 120) : name;
	}

	private static String address(String clientAddress) {
		String address = (clientAddress != null) ? clientAddress : "unknown";
		return (address.length() > 45) ? address.substring(0, 45) : address;
	}

	private static String pairKey(String name, String address) {
		return "pair:" + name + "|" + address;
	}

	private static String deviceKey(String name, String device) {
		return "device:" + name + "|" + device;
	}

	private static String accountKey(String name) {
		return "account:" + name;
	}

	private static String addressKey(String address) {
		return "address:" + address;
	}

	/** One counted sign-in attempt. */
	public record Attempt(String name, String address, String knownDevice, boolean allowed, Duration delay) {
	}

}
