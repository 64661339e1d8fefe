package eu.dhso.core.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.mail.Outbox;
import eu.dhso.core.mail.Outbox.Letter;
import eu.dhso.core.security.LoginThrottle;
import eu.dhso.core.text.Blank;
import eu.dhso.core.web.PublicUrl;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot password" for self-registered people: health professionals, and stakeholders
 * whose role came from their own registration and an administrator's approval (they chose
 * the address themselves when they registered). A link is sent to the account's address,
 * valid for {@link #VALID_FOR} and once. Accounts an administrator created with rights
 * (partners, editors, trainers, administrators) are reset by an administrator, so a
 * taken-over mailbox does not open them. The answer never tells whether an address is
 * registered, and requests are throttled like sign-ins.
 */
@Service
@Transactional
public class ForgottenPasswords {

	/** How long a link works. */
	public static final Duration VALID_FOR = Duration.ofMinutes(30);

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccounts accounts;

	private final RoleRequests roleRequests;

	private final PasswordResets resets;

	private final PasswordEncoder passwordEncoder;

	private final LoginThrottle throttle;

	private final Outbox outbox;

	private final PublicUrl publicUrl;

	private final AuditLog audit;

	private final AccountSessions sessions;

	private final Clock clock = Clock.systemUTC();

	ForgottenPasswords(UserAccounts accounts, RoleRequests roleRequests, PasswordResets resets,
			PasswordEncoder passwordEncoder, LoginThrottle throttle, Outbox outbox, PublicUrl publicUrl, AuditLog audit,
			AccountSessions sessions) {
		this.accounts = accounts;
		this.roleRequests = roleRequests;
		this.resets = resets;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.outbox = outbox;
		this.publicUrl = publicUrl;
		this.audit = audit;
		this.sessions = sessions;
	}

	/**
	 * Sends a link to every self-registered account of this address; nothing when there
	 * is none, or when this address or client asked too often. The caller answers the
	 * same in every case.
	 */
	public void requestReset(String email, String clientAddress) {
		String address = Blank.toNull(email);
		if (address == null) {
			return;
		}
		if (!this.throttle.attempt("reset:" + address, clientAddress, null).allowed()) {
			this.audit.record(null, "account.password.forgotten", "UserAccount", null, "REFUSED", "throttled");
			return;
		}
		List<UserAccount> owners = this.accounts.findAllByEmailIgnoreCase(address)
			.stream()
			.filter((a) -> a.isEnabled() && !a.isErased() && selfRegistered(a))
			.toList();
		if (owners.isEmpty()) {
			this.audit.record(null, "account.password.forgotten", "UserAccount", null, "REFUSED",
					"no self-registered account with this address");
			return;
		}
		Instant now = this.clock.instant();
		for (UserAccount owner : owners) {
			String token = newToken();
			this.resets.save(new PasswordReset(owner.getId(), hash(token), now, now.plus(VALID_FOR)));
			this.outbox.sendToAccount(owner.getId(),
					new Letter("account.passwordReset", "mail.passwordReset.subject", "mail.passwordReset.body",
							owner.getDisplayName(), owner.getUsername(),
							this.publicUrl.link("/password/reset?token=" + token), VALID_FOR.toMinutes()));
			this.audit.record(owner.getUsername(), "account.password.forgotten", "UserAccount", owner.getId(),
					"SUCCESS", "link sent");
		}
	}

	/** The account name a link is for, while it works (the password policy needs it). */
	@Transactional(readOnly = true)
	public Optional<String> usernameFor(String token) {
		if (Blank.toNull(token) == null) {
			return Optional.empty();
		}
		return this.resets.findByTokenHash(hash(token))
			.filter((r) -> r.usableAt(this.clock.instant()))
			.flatMap((r) -> this.accounts.findById(r.getAccountId()))
			.filter((a) -> a.isEnabled() && !a.isErased())
			.map(UserAccount::getUsername);
	}

	/**
	 * Sets the password of the link's account (the policy was checked by the caller) and
	 * spends the link and every other open link of the account; every session of the
	 * account ends.
	 * @return false when the link is unknown, used or expired
	 */
	public boolean reset(String token, String newPassword) {
		Instant now = this.clock.instant();
		Optional<PasswordReset> reset = (Blank.toNull(token) != null) ? this.resets.findLockedByTokenHash(hash(token))
				: Optional.empty();
		Optional<UserAccount> account = reset.filter((r) -> r.usableAt(now))
			.flatMap((r) -> this.accounts.findById(r.getAccountId()))
			.filter((a) -> a.isEnabled() && !a.isErased());
		if (account.isEmpty()) {
			this.audit.record(null, "account.password.resetByLink", "UserAccount",
					reset.map(PasswordReset::getAccountId).orElse(null), "FAILURE",
					reset.isPresent() ? "link used or expired" : "unknown link");
			return false;
		}
		reset.get().use(now);
		this.resets.spendAllOf(account.get().getId(), now);
		account.get().changePasswordHash(this.passwordEncoder.encode(newPassword));
		this.audit.record(account.get().getUsername(), "account.password.resetByLink", "UserAccount",
				account.get().getId(), "SUCCESS", null);
		this.sessions.endAfterCommit(account.get().getUsername(), null);
		return true;
	}

	/**
	 * A professional, or an account whose present role is the one its own registration
	 * asked for and an administrator approved; a role an administrator set otherwise
	 * (creating the account or changing its role) keeps the reset with the administrator.
	 */
	private boolean selfRegistered(UserAccount account) {
		if (account.getRole() == Role.PROFESSIONAL) {
			return true;
		}
		return this.roleRequests.findAllByAccountId(account.getId())
			.stream()
			.anyMatch((r) -> r.getStatus() == RoleRequestStatus.APPROVED && r.getRequestedRole() == account.getRole());
	}

	private static String newToken() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
