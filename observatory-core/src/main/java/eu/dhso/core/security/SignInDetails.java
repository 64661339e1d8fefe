package eu.dhso.core.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * What the sign-in throttle needs from the request: the client address and the
 * known-device cookie. The cookie is transient, so it never goes into a stored session.
 */
class SignInDetails extends WebAuthenticationDetails {

	private static final long serialVersionUID = 1L;

	private final transient String deviceCookie;

	SignInDetails(HttpServletRequest request) {
		super(request);
		this.deviceCookie = KnownDevices.cookieValue(request);
	}

	String getDeviceCookie() {
		return this.deviceCookie;
	}

}
