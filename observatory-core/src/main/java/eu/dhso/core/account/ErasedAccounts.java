package eu.dhso.core.account;

import java.security.SecureRandom;
import java.util.HexFormat;

import eu.dhso.core.privacy.Replacement;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The names and the stand-in account that replace a person who erases their account. */
@Component
public class ErasedAccounts {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final UserAccounts accounts;

	private final PasswordEncoder passwordEncoder;

	ErasedAccounts(UserAccounts accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * Random names, unrelated to each other and to the person, and a new stand-in
	 * account.
	 */
	public Replacement replacementFor(UserAccount account) {
		String name = randomName();
		UserAccount standIn = this.accounts.save(UserAccount.standInFor(account, randomName(), unusablePasswordHash()));
		return new Replacement(name, standIn.getId(), standIn.getUsername());
	}

	/** The hash of a random secret nobody knows: no password matches it. */
	String unusablePasswordHash() {
		return this.passwordEncoder.encode(HexFormat.of().formatHex(randomBytes(32)));
	}

	private static String randomName() {
		return "erased-" + HexFormat.of().formatHex(randomBytes(8));
	}

	private static byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		RANDOM.nextBytes(bytes);
		return bytes;
	}

}
