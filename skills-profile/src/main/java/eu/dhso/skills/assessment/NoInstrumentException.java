package eu.dhso.skills.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The published framework has no self-assessment instrument yet. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NoInstrumentException extends RuntimeException {

	NoInstrumentException() {
		super("The published framework has no self-assessment instrument");
	}

}
