package eu.dhso.core.account;

import java.util.Collection;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which accounts are verified. Only verified people count toward a group's minimum size
 * ({@link eu.dhso.core.disclosure.DisclosureControl}), so self-registered sock-puppet
 * accounts cannot lift a small group over the threshold.
 */
@Component
@Transactional(readOnly = true)
@NamedInterface("account")
public class VerifiedPeople {

	private final JdbcClient jdbc;

	VerifiedPeople(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isVerified(long accountId) {
		return this.jdbc.sql("select verified_at is not null from core.user_account where id = ?")
			.param(accountId)
			.query(Boolean.class)
			.optional()
			.orElse(false);
	}

	/** The verified ones among these accounts. */
	public Set<Long> among(Collection<Long> accountIds) {
		if (accountIds.isEmpty()) {
			return Set.of();
		}
		return Set.copyOf(this.jdbc
			.sql("select id from core.user_account where verified_at is not null and id = any (?::bigint[])")
			.param(accountIds.toArray(Long[]::new))
			.query(Long.class)
			.list());
	}

}
