package eu.dhso.skills.maturity;

/** Every statement needs an answer from 1 to 5. */
public class IncompleteAnswerException extends RuntimeException {

	IncompleteAnswerException() {
		super("Every statement needs an answer from 1 to 5");
	}

}
