package eu.dhso.skills.agents;

/**
 * The nomination cannot be made: no enabled account of the organisation has this username
 * (one answer for unknown names and other organisations' people alike), or the person is
 * already nominated, or a competence is not in the published framework.
 */
public class NomineeException extends RuntimeException {

	private final String messageKey;

	NomineeException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
