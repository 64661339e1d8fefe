package eu.dhso.cases.workflow;

/**
 * An upload the case does not take: empty, too large, of a type other than PDF, PNG or
 * JPEG, one file too many, or a caption too long. The message key tells the partner why.
 */
public class AttachmentRejectedException extends RuntimeException {

	private final String messageKey;

	public AttachmentRejectedException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String getMessageKey() {
		return this.messageKey;
	}

}
