package eu.dhso.lab.expert;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No listed profile, or no request this person is a party to: the same 404 either way.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ExpertNotFoundException extends RuntimeException {

	public ExpertNotFoundException(long id) {
		super("No expert or request " + id);
	}

}
