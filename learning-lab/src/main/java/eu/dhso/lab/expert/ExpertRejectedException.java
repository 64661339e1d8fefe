package eu.dhso.lab.expert;

/** A directory action refused for a reason the person can act on. */
public class ExpertRejectedException extends RuntimeException {

	private final String messageKey;

	public ExpertRejectedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
