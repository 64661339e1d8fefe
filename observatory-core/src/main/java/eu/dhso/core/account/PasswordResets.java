package eu.dhso.core.account;

import java.time.Instant;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface PasswordResets extends Repository<PasswordReset, Long> {

	PasswordReset save(PasswordReset reset);

	Optional<PasswordReset> findByTokenHash(String tokenHash);

	/** Locked, so two posts of one link cannot both spend it. */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select r from PasswordReset r where r.tokenHash = :tokenHash")
	Optional<PasswordReset> findLockedByTokenHash(String tokenHash);

	/** Once a password is set, every other open link of the account stops working. */
	@Modifying
	@Query("update PasswordReset r set r.usedAt = :now where r.accountId = :accountId and r.usedAt is null")
	int spendAllOf(Long accountId, Instant now);

}
