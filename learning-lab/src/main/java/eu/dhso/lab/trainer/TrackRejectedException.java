package eu.dhso.lab.trainer;

/** A change of a track or an assignment refused for a reason the person can act on. */
public class TrackRejectedException extends RuntimeException {

	private final String messageKey;

	public TrackRejectedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
