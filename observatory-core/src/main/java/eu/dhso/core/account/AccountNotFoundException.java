package eu.dhso.core.account;

import org.springframework.http.HttpStatus;
import org.springframework.modulith.NamedInterface;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
@NamedInterface("account")
public class AccountNotFoundException extends RuntimeException {

	public AccountNotFoundException(Long id) {
		super("No account " + id);
	}

}
