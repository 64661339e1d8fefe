package eu.dhso.cases.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such case, or none the current user may see: both answer 404, so ids of other
 * organisations' cases reveal nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CaseNotFoundException extends RuntimeException {

	public CaseNotFoundException(Long id) {
		super("No case " + id);
	}

}
