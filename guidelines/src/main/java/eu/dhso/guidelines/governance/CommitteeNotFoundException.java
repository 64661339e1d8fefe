package eu.dhso.guidelines.governance;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
public class CommitteeNotFoundException extends RuntimeException {

	public CommitteeNotFoundException(long id) {
		super("No steering committee " + id);
	}

}
