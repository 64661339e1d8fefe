package eu.dhso.core.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * After {@code maxFailures} failed sign-ins for one account or one client address,
 * further attempts are refused for {@code initialLock}, doubling with each failure after
 * that up to {@code maxLock}. Counts start again after {@code resetAfter} without a
 * failure.
 */
@Validated
@ConfigurationProperties("dhso.security.login-throttle")
public record LoginThrottleProperties(@Min(1) @DefaultValue("5") int maxFailures,
		@NotNull @DefaultValue("30s") Duration initialLock, @NotNull @DefaultValue("1h") Duration maxLock,
		@NotNull @DefaultValue("1h") Duration resetAfter) {

	Duration lockFor(int failures) {
		int doublings = Math.min(failures - this.maxFailures, 20);
		Duration lock = this.initialLock.multipliedBy(1L << Math.max(doublings, 0));
		return (lock.compareTo(this.maxLock) > 0) ? this.maxLock : lock;
	}

}
