package eu.dhso.core.security;

import java.util.UUID;

import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

@ObservatoryTest
class LoginThrottleTests {

	@Autowired
	LoginThrottle throttle;

	@Autowired
	LoginThrottleProperties properties;

	@Test
	void locksAnAccountNameAfterFiveFailuresFromDifferentAddresses() {
		String name = "someone-" + UUID.randomUUID();
		for (int i = 0; i < 4; i++) {
			this.throttle.recordFailure(name, "192.0.2." + i);
		}
		assertThat(this.throttle.isLocked(name, "198.51.100.1")).isFalse();
		this.throttle.recordFailure(name, "192.0.2.99");
		assertThat(this.throttle.isLocked(name, "198.51.100.1")).isTrue();
	}

	@Test
	void locksAnAddressAfterFiveFailuresOnDifferentAccounts() {
		String address = "203.0.113." + (int) (Math.random() * 250);
		String unique = UUID.randomUUID().toString();
		for (int i = 0; i < 5; i++) {
			this.throttle.recordFailure("user" + i + unique, address);
		}
		assertThat(this.throttle.isLocked("fresh-" + unique, address)).isTrue();
	}

	@Test
	void successClearsTheAccountCount() {
		String name = "recovering-" + UUID.randomUUID();
		for (int i = 0; i < 4; i++) {
			this.throttle.recordFailure(name, "192.0.2.200");
		}
		this.throttle.recordSuccess(name);
		this.throttle.recordFailure(name, "192.0.2.201");
		assertThat(this.throttle.isLocked(name, "192.0.2.202")).isFalse();
	}

	@Test
	void theLockGrowsWithEachFurtherFailureUpToTheMaximum() {
		assertThat(this.properties.lockFor(5)).isEqualTo(this.properties.initialLock());
		assertThat(this.properties.lockFor(6)).isEqualTo(this.properties.initialLock().multipliedBy(2));
		assertThat(this.properties.lockFor(7)).isEqualTo(this.properties.initialLock().multipliedBy(4));
		assertThat(this.properties.lockFor(60)).isEqualTo(this.properties.maxLock());
	}

}
