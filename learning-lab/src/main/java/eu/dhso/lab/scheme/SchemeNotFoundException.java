package eu.dhso.lab.scheme;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such scheme, module or version, or none the current user may edit: both answer 404,
 * so ids of other organisations' drafts reveal nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class SchemeNotFoundException extends RuntimeException {

	public SchemeNotFoundException(Object id) {
		super("No scheme or module " + id);
	}

}
