package eu.dhso.core.security;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A secure random source with a generator of its own per thread. The CSRF token in each
 * form is masked afresh on every page (against BREACH), and the JDK's default source on
 * Linux serialises every caller on one lock: under fifty users, signed-in pages queued on
 * it (JFR: 4.5 s of blocking in 20 s at 24 users on one page).
 */
final class PerThreadSecureRandom extends SecureRandom {

	private static final long serialVersionUID = 1L;

	private final transient ThreadLocal<SecureRandom> generators = ThreadLocal
		.withInitial(PerThreadSecureRandom::generator);

	@Override
	public void nextBytes(byte[] bytes) {
		this.generators.get().nextBytes(bytes);
	}

	/** This thread's generator; for tests. */
	SecureRandom current() {
		return this.generators.get();
	}

	private static SecureRandom generator() {
		try {
			// seeded from the system's entropy on first use, then independent of others
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("DRBG is part of every JDK since 9", ex);
		}
	}

}
