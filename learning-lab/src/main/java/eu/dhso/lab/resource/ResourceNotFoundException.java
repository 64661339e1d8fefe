package eu.dhso.lab.resource;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such resource, or a withdrawn one for someone who may not manage it. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ResourceNotFoundException extends RuntimeException {

	public ResourceNotFoundException(long id) {
		super("No resource " + id);
	}

}
