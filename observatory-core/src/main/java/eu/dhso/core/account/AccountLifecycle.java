package eu.dhso.core.account;

import java.util.Optional;

import eu.dhso.core.text.Blank;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.web.SupportedLanguages;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates accounts and changes their state, auditing every change. */
@Service
@Transactional
public class AccountLifecycle {

	private final UserAccounts accounts;

	private final Organisations organisations;

	private final PasswordEncoder passwordEncoder;

	private final PasswordPolicy passwordPolicy;

	private final AuditLog auditLog;

	private final ApplicationEventPublisher events;

	private final AccountSessions sessions;

	AccountLifecycle(UserAccounts accounts, Organisations organisations, PasswordEncoder passwordEncoder,
			PasswordPolicy passwordPolicy, AuditLog auditLog, ApplicationEventPublisher events,
			AccountSessions sessions) {
		this.events = events;
		this.sessions = sessions;
		this.accounts = accounts;
		this.organisations = organisations;
		this.passwordEncoder = passwordEncoder;
		this.passwordPolicy = passwordPolicy;
		this.auditLog = auditLog;
	}

	/**
	 * Self-registration: always a health professional without an organisation. A name
	 * that is taken gets no account, but the same work (a password hash) and an audit
	 * line, so that neither the answer nor its timing tells whether the name exists.
	 */
	public Optional<UserAccount> register(NewAccount request) {
		Optional<UserAccount> existing = this.accounts.findByUsernameIgnoreCase(request.username().strip());
		if (existing.isPresent()) {
			this.passwordEncoder.encode(request.password());
			this.auditLog.record(null, "account.register", "UserAccount", existing.get().getId(), "REFUSED",
					"username taken");
			return Optional.empty();
		}
		UserAccount account = create(request, Role.PROFESSIONAL, null);
		// the language they registered in is the one their e-mail is written in
		account.preferLanguage(SupportedLanguages.closest(LocaleContextHolder.getLocale()).toLanguageTag());
		this.auditLog.record(account.getUsername(), "account.register", "UserAccount", account.getId(), "SUCCESS",
				null);
		return Optional.of(account);
	}

	public UserAccount createByAdmin(String admin, NewAccount request, Role role, Long organisationId) {
		Organisation organisation = (organisationId != null) ? this.organisations.findById(organisationId)
			.orElseThrow(() -> new IllegalArgumentException("Unknown organisation " + organisationId)) : null;
		UserAccount account = create(request, role, organisation);
		account.verify();
		this.auditLog.record(admin, "account.create", "UserAccount", account.getId(), "SUCCESS",
				"role=" + role + ", username=" + account.getUsername());
		return account;
	}

	/** Demo and reference accounts: created once, untouched when they exist. */
	public Optional<UserAccount> createIfAbsent(NewAccount request, Role role, Organisation organisation) {
		if (this.accounts.existsByUsernameIgnoreCase(request.username())) {
			return Optional.empty();
		}
		UserAccount account = new UserAccount(request.username().strip(), PersonNames.normalise(request.displayName()),
				request.email(), this.passwordEncoder.encode(request.password()), role, organisation);
		account.verify();
		return Optional.of(this.accounts.save(account));
	}

	/**
	 * Returns false when the current password does not match; the policy was checked by
	 * the caller. Every other session of the account ends; the one named stays.
	 */
	public boolean changeOwnPassword(String username, String currentPassword, String newPassword,
			String currentSessionId) {
		UserAccount account = this.accounts.findByUsernameIgnoreCase(username).orElseThrow();
		if (!this.passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
			this.auditLog.record(username, "account.password.change", "UserAccount", account.getId(), "FAILURE",
					"current password did not match");
			return false;
		}
		account.changePasswordHash(this.passwordEncoder.encode(newPassword));
		this.auditLog.record(username, "account.password.change", "UserAccount", account.getId(), "SUCCESS", null);
		this.sessions.endAfterCommit(account.getUsername(), currentSessionId);
		return true;
	}

	public void resetPassword(String admin, Long accountId, String newPassword) {
		UserAccount account = findNotErased(accountId);
		account.changePasswordHash(this.passwordEncoder.encode(newPassword));
		this.auditLog.record(admin, "account.password.reset", "UserAccount", accountId, "SUCCESS",
				"username=" + account.getUsername());
		this.sessions.endAfterCommit(account.getUsername(), null);
	}

	public void deactivate(String admin, Long accountId) {
		UserAccount account = find(accountId);
		if (account.getUsername().equalsIgnoreCase(admin)) {
			throw new IllegalStateException("Administrators cannot deactivate themselves");
		}
		account.deactivate();
		this.auditLog.record(admin, "account.deactivate", "UserAccount", accountId, "SUCCESS",
				"username=" + account.getUsername());
		this.sessions.endAfterCommit(account.getUsername(), null);
	}

	/**
	 * A new role takes effect at the next sign-in: every session of the account ends, so
	 * none keeps the old role's rights.
	 */
	public void changeRole(String admin, Long accountId, Role role) {
		UserAccount account = find(accountId);
		if (account.getUsername().equalsIgnoreCase(admin)) {
			throw new IllegalStateException("Administrators cannot change their own role");
		}
		Role previous = account.getRole();
		if (account.changeRole(role)) {
			this.auditLog.record(admin, "account.role.change", "UserAccount", accountId, "SUCCESS",
					"username=" + account.getUsername() + ", from=" + previous + ", to=" + role);
			this.sessions.endAfterCommit(account.getUsername(), null);
		}
	}

	/**
	 * An administrator confirms that a real person holds a self-registered account; from
	 * then on it counts toward small-group thresholds ({@link AccountVerified}).
	 */
	public void verify(String admin, Long accountId) {
		UserAccount account = find(accountId);
		if (account.verify()) {
			this.auditLog.record(admin, "account.verify", "UserAccount", accountId, "SUCCESS",
					"username=" + account.getUsername());
			this.events.publishEvent(new AccountVerified(accountId));
		}
	}

	public void reactivate(String admin, Long accountId) {
		UserAccount account = findNotErased(accountId);
		account.reactivate();
		this.auditLog.record(admin, "account.reactivate", "UserAccount", accountId, "SUCCESS",
				"username=" + account.getUsername());
	}

	@Transactional(readOnly = true)
	public boolean usernameTaken(String username) {
		return this.accounts.existsByUsernameIgnoreCase(username.strip());
	}

	@Transactional(readOnly = true)
	public Optional<String> passwordViolation(String password, String username) {
		return this.passwordPolicy.violation(password, username);
	}

	private UserAccount create(NewAccount request, Role role, Organisation organisation) {
		if (this.accounts.existsByUsernameIgnoreCase(request.username().strip())) {
			throw new UsernameTakenException(request.username());
		}
		this.passwordPolicy.violation(request.password(), request.username()).ifPresent((violation) -> {
			throw new IllegalArgumentException("Password breaks the policy: " + violation);
		});
		String displayName = PersonNames.normalise(request.displayName());
		if (PersonNames.hasHiddenCharacters(displayName) || PersonNames.hasHiddenCharacters(request.username())) {
			throw new IllegalArgumentException("Names must not contain control or text-direction characters");
		}
		return this.accounts.save(new UserAccount(request.username().strip(), displayName,
				Blank.toNull(request.email()), this.passwordEncoder.encode(request.password()), role, organisation));
	}

	private UserAccount find(Long accountId) {
		return this.accounts.findById(accountId).orElseThrow(() -> new AccountNotFoundException(accountId));
	}

	/**
	 * An erased account is gone for administration too: nobody may sign in as it again.
	 */
	private UserAccount findNotErased(Long accountId) {
		UserAccount account = find(accountId);
		if (account.isErased()) {
			throw new AccountNotFoundException(accountId);
		}
		return account;
	}

	/** What any new account needs. */
	public record NewAccount(String username, String displayName, String email, String password) {
	}

}
