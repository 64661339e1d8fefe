package eu.dhso.cases.web;

import org.springframework.web.multipart.MultipartFile;

/**
 * A file added to a case, with its caption and whether the public library shows it; the
 * file's type, size and caption are checked where attachments are kept.
 */
record AttachmentUploadForm(MultipartFile file, String caption, Boolean shownPublicly) {

	AttachmentUploadForm {
		caption = (caption != null) ? caption : "";
		shownPublicly = Boolean.TRUE.equals(shownPublicly);
	}

}
