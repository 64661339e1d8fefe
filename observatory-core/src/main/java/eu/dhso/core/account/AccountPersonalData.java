package eu.dhso.core.account;

import java.time.Instant;
import java.util.List;

import eu.dhso.core.mail.Outbox;
import eu.dhso.core.privacy.DataSubject;
import eu.dhso.core.privacy.PersonalData;
import eu.dhso.core.privacy.Replacement;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account itself, its organisation and what the audit log recorded of the person's
 * own actions. Erased last, after every module has read what it needs.
 */
@Component
class AccountPersonalData implements PersonalData {

	private final UserAccounts accounts;

	private final ErasedAccounts erasedAccounts;

	private final JdbcClient jdbc;

	private final AccountSessions sessions;

	private final Outbox outbox;

	AccountPersonalData(UserAccounts accounts, ErasedAccounts erasedAccounts, JdbcClient jdbc, AccountSessions sessions,
			Outbox outbox) {
		this.accounts = accounts;
		this.outbox = outbox;
		this.sessions = sessions;
		this.erasedAccounts = erasedAccounts;
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "account";
	}

	@Override
	public int order() {
		return Integer.MAX_VALUE;
	}

	@Override
	public Object export(DataSubject person) {
		UserAccount account = this.accounts.findById(person.accountId()).orElseThrow();
		Organisation organisation = account.getOrganisation();
		List<AuditLine> audit = this.jdbc.sql("""
				select occurred_at, action, object_type, object_id, outcome, detail, client_address
				from core.audit_entry where lower(actor) = lower(?) order by occurred_at, id""")
			.param(person.username())
			.query((rs, row) -> new AuditLine(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)))
			.list();
		return new AccountSection(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail(),
				account.getRole().name(),
				(organisation != null) ? new OrganisationLine(organisation.getName(), organisation.getType().name(),
						organisation.getCountryCode()) : null,
				account.isEnabled(), account.getCreatedAt(), account.getVerifiedAt(), audit,
				this.jdbc.sql("""
						select r.kind, coalesce(o.name, r.organisation_name), r.purpose, r.status, r.requested_at,
						       r.decided_at, r.reason
						from core.role_request r left join core.organisation o on o.id = r.organisation_id
						where r.account_id = ? order by r.requested_at""")
					.param(account.getId())
					.query((rs, row) -> new RoleRequestLine(rs.getString(1), rs.getString(2), rs.getString(3),
							rs.getString(4), rs.getTimestamp(5).toInstant(),
							(rs.getTimestamp(6) != null) ? rs.getTimestamp(6).toInstant() : null, rs.getString(7)))
					.list());
	}

	@Override
	public void erase(DataSubject person, Replacement replacement) {
		String pseudonym = replacement.name();
		UserAccount account = this.accounts.findById(person.accountId()).orElseThrow();
		// what the person wrote to ask for a role goes with them
		this.jdbc.sql("delete from core.role_request where account_id = ?").param(account.getId()).update();
		// messages to the person's address and their reset links go with the address
		this.outbox.forgetRecipient(account.getEmail());
		this.jdbc.sql("delete from core.password_reset where account_id = ?").param(account.getId()).update();
		account.erase(pseudonym, this.erasedAccounts.unusablePasswordHash());
		this.accounts.save(account);
		// The audit trail keeps what happened, under the pseudonym: as actor, and where
		// an
		// administrator's entry named the account ("username=...", "participant=...").
		this.jdbc.sql("update core.audit_entry set actor = :pseudonym where lower(actor) = lower(:username)")
			.param("pseudonym", pseudonym)
			.param("username", person.username())
			.update();
		this.jdbc.sql("""
				update core.audit_entry set detail = regexp_replace(detail, :pattern, :pseudonym, 'gi')
				where detail ~* :pattern""")
			.param("pattern", wholeWord(person.username()))
			.param("pseudonym", pseudonym)
			.update();
		// Failed sign-ins are counted under the name; the counts go with it.
		this.jdbc.sql("delete from core.login_throttle where throttle_key ~* :pattern")
			.param("pattern", "(^|[:|])" + escaped(person.username()) + "($|[|])")
			.update();
		// Sessions kept in the database (the cluster profile) end at once; the tables
		// exist
		// in every mode.
		this.jdbc.sql("delete from spring_session where lower(principal_name) = lower(?)")
			.param(person.username())
			.update();
		this.sessions.endAfterCommit(person.username(), null);
	}

	/**
	 * A PostgreSQL pattern for the name where it stands on its own: not part of a longer
	 * name (names are letters, digits, dots, dashes and underscores).
	 */
	private static String wholeWord(String name) {
		return "(?<![A-Za-z0-9._-])" + escaped(name) + "(?![A-Za-z0-9._-])";
	}

	private static String escaped(String name) {
		return name.replaceAll("([^A-Za-z0-9_])", "\\\\$1");
	}

	record AccountSection(long id, String username, String displayName, String email, String role,
			OrganisationLine organisation, boolean active, Instant createdAt, Instant verifiedAt,
			List<AuditLine> auditEntries, List<RoleRequestLine> roleRequests) {
	}

	record RoleRequestLine(String kind, String organisation, String purpose, String status, Instant requestedAt,
			Instant decidedAt, String reason) {
	}

	record OrganisationLine(String name, String type, String country) {
	}

	record AuditLine(Instant occurredAt, String action, String objectType, String objectId, String outcome,
			String detail, String clientAddress) {
	}

}
