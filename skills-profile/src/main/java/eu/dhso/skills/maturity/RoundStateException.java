package eu.dhso.skills.maturity;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A round cannot take this step in its present state (a stale page, a repeated click).
 */
@ResponseStatus(HttpStatus.CONFLICT)
public class RoundStateException extends RuntimeException {

	RoundStateException() {
		super("The round cannot take this step now");
	}

}
