package eu.dhso.cases.web;

import eu.dhso.cases.workflow.CaseAttachment;
import eu.dhso.cases.workflow.CaseAttachments;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Attachments of published cases for everyone: only those the case's public version shows
 * (see {@link CaseAttachments}); every other id answers 404, whichever case it belongs
 * to.
 */
@Controller
class PublicAttachmentController {

	private final CaseAttachments attachments;

	PublicAttachmentController(CaseAttachments attachments) {
		this.attachments = attachments;
	}

	@GetMapping("/cases/{id:\\d+}/attachments/{attachmentId:\\d+}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long attachmentId) {
		CaseAttachment.File file = this.attachments.publicDownload(id, attachmentId);
		// public, but withdrawn at once when the case is archived or its files change:
		// caches must ask again every time
		return CaseAttachmentController.send(file, CacheControl.noCache());
	}

}
