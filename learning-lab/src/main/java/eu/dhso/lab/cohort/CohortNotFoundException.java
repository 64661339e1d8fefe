package eu.dhso.lab.cohort;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such cohort, or not one of the current user's: both answer 404, so ids of other
 * trainers' cohorts reveal nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CohortNotFoundException extends RuntimeException {

	public CohortNotFoundException(Object id) {
		super("No cohort " + id);
	}

}
