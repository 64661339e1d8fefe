package eu.dhso.lab.mentoring;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such plan, or not one the person is party to: both answer 404, so plan ids reveal
 * nothing to third persons.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class WorkBasedPlanNotFoundException extends RuntimeException {

	public WorkBasedPlanNotFoundException(Object id) {
		super("No work-based learning plan " + id);
	}

}
