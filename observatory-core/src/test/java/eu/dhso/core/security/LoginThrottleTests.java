package eu.dhso.core.security;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ObservatoryTest
class LoginThrottleTests {

	@Autowired
	LoginThrottle throttle;

	@Autowired
	LoginThrottleProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Test
	void locksAnAccountAndAddressPairAfterFiveFailures() {
		String name = "someone-" + UUID.randomUUID();
		for (int i = 0; i < 5; i++) {
			assertThat(fail(name, "192.0.2.1")).as("attempt %d", i + 1).isTrue();
		}
		assertThat(this.throttle.attempt(name, "192.0.2.1", null).allowed()).isFalse();
	}

	@Test
	void twelveFailuresFromOneAddressDoNotLockTheAccountForAnotherAddress() {
		String name = "victim-" + UUID.randomUUID();
		for (int i = 0; i < 12; i++) {
			fail(name, "192.0.2.66");
		}
		assertThat(this.throttle.attempt(name, "192.0.2.66", null).allowed()).isFalse();
		assertThat(this.throttle.attempt(name, "198.51.100.66", null).allowed()).isTrue();
	}

	@Test
	void theSlowerAccountLimitLocksEveryAddressButNotAKnownDevice() {
		String name = "popular-" + UUID.randomUUID();
		// two guesses per address stay far below the pair limit
		for (int i = 0; i < this.properties.accountMaxFailures(); i++) {
			assertThat(fail(name, "10.1." + (i / 2) + ".1")).as("attempt %d", i + 1).isTrue();
		}
		assertThat(this.throttle.attempt(name, "10.2.0.1", null).allowed()).isFalse();
		assertThat(this.throttle.attempt(name, "10.2.0.1", "owners-laptop").allowed()).isTrue();
	}

	@Test
	void locksAnAddressThatTriesManyAccounts() {
		String address = "203.0.113." + (int) (Math.random() * 250);
		String unique = UUID.randomUUID().toString();
		for (int i = 0; i < this.properties.addressMaxFailures(); i++) {
			fail("user" + i + unique, address);
		}
		assertThat(this.throttle.attempt("fresh-" + unique, address, null).allowed()).isFalse();
	}

	@Test
	void successClearsTheCountOfThePairAndTheAccount() {
		String name = "recovering-" + UUID.randomUUID();
		for (int i = 0; i < 4; i++) {
			fail(name, "192.0.2.200");
		}
		this.throttle.succeeded(this.throttle.attempt(name, "192.0.2.200", null));
		for (int i = 0; i < 5; i++) {
			assertThat(fail(name, "192.0.2.200")).isTrue();
		}
	}

	@Test
	void twentyParallelAttemptsNeverLetMoreThanFiveCheckTheirPassword() throws Exception {
		String name = "raced-" + UUID.randomUUID();
		ExecutorService pool = Executors.newFixedThreadPool(20);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Boolean>> attempts = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				Callable<Boolean> attempt = () -> {
					start.await();
					return this.throttle.attempt(name, "192.0.2.77", null).allowed();
				};
				attempts.add(pool.submit(attempt));
			}
			start.countDown();
			int allowed = 0;
			for (Future<Boolean> attempt : attempts) {
				allowed += attempt.get() ? 1 : 0;
			}
			assertThat(allowed).isEqualTo(this.properties.maxFailures());
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void eachAttemptAfterAFailureWaitsALittleLongerUpToTheCap() {
		String name = "patient-" + UUID.randomUUID();
		assertThat(this.throttle.attempt(name, "192.0.2.88", null).delay()).isZero();
		assertThat(this.throttle.attempt(name, "192.0.2.88", null).delay()).isEqualTo(this.properties.softDelay());
		assertThat(this.throttle.attempt(name, "192.0.2.88", null).delay())
			.isEqualTo(this.properties.softDelay().multipliedBy(2));
		assertThat(this.properties.delayAfter(40)).isEqualTo(this.properties.maxSoftDelay());
		assertThat(this.properties.maxSoftDelay()).isLessThanOrEqualTo(Duration.ofSeconds(2));
	}

	@Test
	void countsOfAnEndedWindowAreForgotten() {
		String name = "forgotten-" + UUID.randomUUID();
		fail(name, "192.0.2.99");
		this.jdbc
			.sql("update core.login_throttle set last_failure_at = now() - interval '2 hours' where throttle_key = ?")
			.param("pair:" + name + "|192.0.2.99")
			.update();
		this.throttle.forgetOldCounts();
		assertThat(this.jdbc.sql("select count(*) from core.login_throttle where throttle_key = ?")
			.param("pair:" + name + "|192.0.2.99")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theLockGrowsWithEachFurtherFailureUpToTheMaximum() {
		assertThat(this.properties.lockFor(5)).isEqualTo(this.properties.initialLock());
		assertThat(this.properties.lockFor(6)).isEqualTo(this.properties.initialLock().multipliedBy(2));
		assertThat(this.properties.lockFor(7)).isEqualTo(this.properties.initialLock().multipliedBy(4));
		assertThat(this.properties.lockFor(60)).isEqualTo(this.properties.maxLock());
	}

	/** One attempt with a wrong password: counted, never taken back. */
	private boolean fail(String name, String address) {
		return this.throttle.attempt(name, address, null).allowed();
	}

}
