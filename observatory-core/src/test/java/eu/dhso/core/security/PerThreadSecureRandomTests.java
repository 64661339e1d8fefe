package eu.dhso.core.security;

import java.security.SecureRandom;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PerThreadSecureRandomTests {

	private final PerThreadSecureRandom random = new PerThreadSecureRandom();

	@Test
	void eachThreadDrawsFromAGeneratorOfItsOwn() throws Exception {
		SecureRandom here = this.random.current();
		SecureRandom there = CompletableFuture.supplyAsync(this.random::current).get();
		assertThat(here).isNotSameAs(there);
		assertThat(this.random.current()).isSameAs(here);
		assertThat(here.getAlgorithm()).isEqualTo("DRBG");
	}

	@Test
	void theBytesAreFreshOnEveryCall() {
		byte[] first = new byte[32];
		byte[] second = new byte[32];
		this.random.nextBytes(first);
		this.random.nextBytes(second);
		assertThat(first).isNotEqualTo(new byte[32]);
		assertThat(Arrays.equals(first, second)).isFalse();
	}

}
