package eu.dhso.guidelines.governance;

/** A step the committee's records no longer allow (e.g. publishing a decision twice). */
public class IllegalCommitteeStepException extends RuntimeException {

	public IllegalCommitteeStepException(String message) {
		super(message);
	}

}
