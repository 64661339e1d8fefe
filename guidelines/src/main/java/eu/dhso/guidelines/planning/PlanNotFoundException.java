package eu.dhso.guidelines.planning;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such plan, or none the reader may see (a draft is not found for the public). */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PlanNotFoundException extends RuntimeException {

	public PlanNotFoundException(long id) {
		super("No training plan " + id);
	}

}
