package eu.dhso.core.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * After {@code maxFailures} failed sign-ins on one account from one client address (or
 * from one known device), further attempts from there are refused for
 * {@code initialLock}, doubling with each failure after that up to {@code maxLock}. The
 * same applies, with the slower limits {@code accountMaxFailures}, to one account from
 * every address together, and with {@code addressMaxFailures} to one address across
 * accounts. Counts start again after {@code resetAfter} without a failure. Each attempt
 * after a failure waits a little longer first ({@code softDelay}, doubling, at most
 * {@code maxSoftDelay}).
 */
@Validated
@ConfigurationProperties("dhso.security.login-throttle")
public record LoginThrottleProperties(@Min(1) @DefaultValue("5") int maxFailures,
		@Min(1) @DefaultValue("50") int accountMaxFailures, @Min(1) @DefaultValue("20") int addressMaxFailures,
		@NotNull @DefaultValue("30s") Duration initialLock, @NotNull @DefaultValue("1h") Duration maxLock,
		@NotNull @DefaultValue("1h") Duration resetAfter, @NotNull @DefaultValue("200ms") Duration softDelay,
		@NotNull @DefaultValue("1500ms") Duration maxSoftDelay) {

	Duration lockFor(int failures) {
		return lockFor(failures, this.maxFailures);
	}

	Duration lockFor(int failures, int limit) {
		int doublings = Math.min(failures - limit, 20);
		Duration lock = this.initialLock.multipliedBy(1L << Math.max(doublings, 0));
		return (lock.compareTo(this.maxLock) > 0) ? this.maxLock : lock;
	}

	/** The wait before checking a password after this many earlier failures. */
	Duration delayAfter(int earlierFailures) {
		if (earlierFailures <= 0) {
			return Duration.ZERO;
		}
		Duration delay = this.softDelay.multipliedBy(1L << Math.min(earlierFailures - 1, 20));
		return (delay.compareTo(this.maxSoftDelay) > 0) ? this.maxSoftDelay : delay;
	}

}
