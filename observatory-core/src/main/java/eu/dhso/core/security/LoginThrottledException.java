package eu.dhso.core.security;

import org.springframework.security.core.AuthenticationException;

/** Sign-in refused before the password was checked, because of too many failures. */
public class LoginThrottledException extends AuthenticationException {

	public LoginThrottledException() {
		super("Too many failed sign-ins; try again later");
	}

}
