package eu.dhso.core.web;

import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.web.server.ResponseStatusException;

/**
 * A form record bound from a post that our pages did not send: a required value missing
 * or not of its type. Such a post is a 400, as a loose request parameter gave, not a
 * message for the person: only the constraints a person can break reach the page.
 */
public final class FormBinding {

	private FormBinding() {
	}

	/**
	 * Refuses with 400 a form missing a required value or holding one of the wrong type.
	 */
	public static void requireWellFormed(BindingResult result) {
		boolean malformed = result.getFieldErrors()
			.stream()
			.anyMatch((error) -> error.isBindingFailure() || error.getRejectedValue() == null);
		if (malformed || result.hasGlobalErrors()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

}
