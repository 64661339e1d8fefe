package eu.dhso.core.privacy;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.account.AccountNotFoundException;
import eu.dhso.core.account.ErasedAccounts;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccount;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's own data in one action each: everything every module keeps about them as one
 * document, and the erasure of all of it. Only ever for the signed-in person's own
 * account; administrators have no way to export or erase someone else.
 */
@Service
public class PersonalDataRights {

	private final List<PersonalData> modules;

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog auditLog;

	private final JdbcClient jdbc;

	private final ErasedAccounts erasedAccounts;

	PersonalDataRights(List<PersonalData> modules, UserAccounts accounts, PasswordEncoder passwordEncoder,
			AuditLog auditLog, JdbcClient jdbc, ErasedAccounts erasedAccounts) {
		this.erasedAccounts = erasedAccounts;
		this.modules = modules.stream().sorted(Comparator.comparingInt(PersonalData::order)).toList();
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
		this.auditLog = auditLog;
		this.jdbc = jdbc;
	}

	/** One section per module, in a fixed order, as plain values ready for JSON. */
	@Transactional(readOnly = true)
	public Map<String, Object> export(long accountId) {
		DataSubject person = subject(find(accountId));
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("exportedAt", Instant.now());
		for (PersonalData module : this.modules) {
			document.put(module.section(), module.export(person));
		}
		return document;
	}

	/**
	 * Erases the account after the person typed their password again. Every module's part
	 * goes in one transaction: all of it or nothing.
	 */
	@Transactional
	public ErasureOutcome erase(long accountId, String password) {
		UserAccount account = find(accountId);
		if (password == null || !this.passwordEncoder.matches(password, account.getPasswordHash())) {
			this.auditLog.record(account.getUsername(), "account.erase", "UserAccount", accountId, "FAILURE",
					"password did not match");
			return ErasureOutcome.WRONG_PASSWORD;
		}
		if (account.getRole() == Role.ADMIN) {
			// Two administrators erasing themselves at once must not both pass the check.
			this.jdbc.sql("select pg_advisory_xact_lock(hashtext('core.last-active-administrator'))")
				.query()
				.singleRow();
			if (account.isEnabled() && this.accounts.countByRoleAndEnabledTrue(Role.ADMIN) <= 1) {
				return ErasureOutcome.LAST_ADMINISTRATOR;
			}
		}
		DataSubject person = subject(account);
		Replacement replacement = this.erasedAccounts.replacementFor(account);
		for (PersonalData module : this.modules) {
			module.erase(person, replacement);
		}
		this.auditLog.record(replacement.name(), "account.erase", "UserAccount", accountId, "SUCCESS",
				"role=" + account.getRole());
		return ErasureOutcome.ERASED;
	}

	private UserAccount find(long accountId) {
		UserAccount account = this.accounts.findById(accountId)
			.orElseThrow(() -> new AccountNotFoundException(accountId));
		if (account.isErased()) {
			throw new AccountNotFoundException(accountId);
		}
		return account;
	}

	private static DataSubject subject(UserAccount account) {
		return new DataSubject(account.getId(), account.getUsername(), account.getDisplayName(), account.getEmail());
	}

}
