package eu.dhso.lab.scheme;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An action the scheme's current state does not allow, e.g. editing while in review. */
@ResponseStatus(HttpStatus.CONFLICT)
public class SchemeStateException extends RuntimeException {

	public SchemeStateException(String message) {
		super(message);
	}

}
