package eu.dhso.core.account;

import org.springframework.modulith.NamedInterface;

@NamedInterface("account")
public class UsernameTakenException extends RuntimeException {

	public UsernameTakenException(String username) {
		super("Username already taken: " + username);
	}

}
