package eu.dhso.core.security;

import eu.dhso.core.audit.AuditLog;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Checks the throttle before the password, counts failures, and audits every sign-in
 * attempt.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider delegate;

	private final LoginThrottle throttle;

	private final AuditLog auditLog;

	ThrottledAuthenticationProvider(AuthenticationProvider delegate, LoginThrottle throttle, AuditLog auditLog) {
		this.delegate = delegate;
		this.throttle = throttle;
		this.auditLog = auditLog;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		if (this.throttle.isLocked(username, address)) {
			this.auditLog.record(username, "signin", "UserAccount", null, "REFUSED", "throttled");
			throw new LoginThrottledException();
		}
		try {
			Authentication result = this.delegate.authenticate(authentication);
			this.throttle.recordSuccess(username);
			this.auditLog.record(result.getName(), "signin", "UserAccount", null, "SUCCESS", null);
			return result;
		}
		catch (AuthenticationException ex) {
			this.throttle.recordFailure(username, address);
			this.auditLog.record(username, "signin", "UserAccount", null, "FAILURE", ex.getClass().getSimpleName());
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
