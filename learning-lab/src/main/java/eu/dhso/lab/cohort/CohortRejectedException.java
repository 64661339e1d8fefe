package eu.dhso.lab.cohort;

/**
 * A cohort action refused for a reason the person can act on; the message key says which.
 */
public class CohortRejectedException extends RuntimeException {

	private final String messageKey;

	public CohortRejectedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
