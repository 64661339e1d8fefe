package eu.dhso.lab.resource;

/** A resource the library refuses; the message key says why. */
public class ResourceRejectedException extends RuntimeException {

	private final String messageKey;

	public ResourceRejectedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
