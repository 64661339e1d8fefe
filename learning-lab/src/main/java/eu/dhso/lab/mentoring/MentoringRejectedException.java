package eu.dhso.lab.mentoring;

/**
 * A plan action refused for a reason the person can act on; the message key says which.
 */
public class MentoringRejectedException extends RuntimeException {

	private final String messageKey;

	public MentoringRejectedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
