package eu.dhso.skills.assessment;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Also what anyone but the owner gets: another person's attempt does not exist for them.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AssessmentNotFoundException extends RuntimeException {

	public AssessmentNotFoundException(Long id) {
		super("No assessment " + id + " of this person");
	}

}
