package eu.dhso.skills.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A submitted assessment is final; a retake starts a new one. */
@ResponseStatus(HttpStatus.CONFLICT)
public class AssessmentClosedException extends RuntimeException {

	AssessmentClosedException(Long id) {
		super("Assessment " + id + " has been submitted and can no longer change");
	}

}
