package eu.dhso.cases.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

@ResponseStatus(HttpStatus.NOT_FOUND)
class StepNotFoundException extends RuntimeException {

	StepNotFoundException(String path) {
		super("No step " + path);
	}

}
