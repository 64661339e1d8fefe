package eu.dhso.cases.domain;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A workflow action the case's current state does not allow, e.g. publishing a draft. */
@ResponseStatus(HttpStatus.CONFLICT)
public class IllegalCaseTransitionException extends RuntimeException {

	public IllegalCaseTransitionException(CaseStatus from, CaseStatus to) {
		super("A case cannot move from " + from + " to " + to);
	}

	public IllegalCaseTransitionException(String message) {
		super(message);
	}

}
