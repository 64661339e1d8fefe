package eu.dhso.core.security;

import eu.dhso.core.audit.AuditLog;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Counts every attempt before its password is checked (refusing it when a limit is
 * reached), waits a little after earlier failures, and audits every sign-in attempt.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final KnownDevices knownDevices;

	private final AuditLog auditLog;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle, KnownDevices knownDevices,
			AuditLog auditLog) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.knownDevices = knownDevices;
		this.auditLog = auditLog;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		String device = (authentication.getDetails() instanceof SignInDetails details)
				? this.knownDevices.verifiedDevice(details.getDeviceCookie(), username) : null;
		LoginThrottle.Attempt attempt = this.throttle.attempt(username, address, device);
		if (!attempt.allowed()) {
			this.auditLog.record(username, "signin", "UserAccount", null, "REFUSED", "throttled");
			throw new LoginThrottledException();
		}
		pause(attempt);
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.succeeded(attempt);
			this.auditLog.record(result.getName(), "signin", "UserAccount", null, "SUCCESS", null);
			return result;
		}
		catch (AuthenticationException ex) {
			this.auditLog.record(username, "signin", "UserAccount", null, "FAILURE", reason(ex));
			throw ex;
		}
	}

	/**
	 * A soft delay instead of a puzzle: guessing gets slower, nobody is locked out by it.
	 */
	private static void pause(LoginThrottle.Attempt attempt) {
		if (attempt.delay().isZero()) {
			return;
		}
		try {
			Thread.sleep(attempt.delay().toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new LoginThrottledException();
		}
	}

	/** Words for the audit log, not the names of classes. */
	private static String reason(AuthenticationException ex) {
		if (ex instanceof DisabledException) {
			return "account deactivated";
		}
		return (ex instanceof BadCredentialsException) ? "wrong username or password" : "refused";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
