package eu.dhso.cases.workflow;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such attachment of this case, or none the current user may see: 404 either way, so
 * an attachment id of another case reveals nothing.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class AttachmentNotFoundException extends RuntimeException {

	public AttachmentNotFoundException(long caseId, long attachmentId) {
		super("No attachment " + attachmentId + " of case " + caseId);
	}

}
