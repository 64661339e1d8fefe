package eu.dhso.core.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A "forgot password" link of one account: only the hash of its token is kept, so a copy
 * of the database opens no account. It works once, until it expires.
 */
@Entity
@Table(schema = "core", name = "password_reset")
class PasswordReset {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "token_hash")
	private String tokenHash;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "expires_at")
	private Instant expiresAt;

	@Column(name = "used_at")
	private Instant usedAt;

	protected PasswordReset() {
	}

	PasswordReset(Long accountId, String tokenHash, Instant at, Instant expiresAt) {
		this.accountId = accountId;
		this.tokenHash = tokenHash;
		this.createdAt = at;
		this.expiresAt = expiresAt;
	}

	boolean usableAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	/** Spends the link; a used or expired one cannot be spent. */
	void use(Instant now) {
		if (!usableAt(now)) {
			throw new IllegalStateException("A password reset link works once, before it expires");
		}
		this.usedAt = now;
	}

	Long getAccountId() {
		return this.accountId;
	}

}
