package eu.dhso.cases.workflow;

import java.time.Instant;

/**
 * A file attached to an interview case, without its bytes. {@code shownPublicly} is the
 * partner's choice at upload; {@code published} whether the case's public version shows
 * it (set at each publication).
 */
public record CaseAttachment(long id, long caseId, String fileName, String contentType, long sizeBytes, String caption,
		boolean shownPublicly, boolean published, String uploadedBy, Instant uploadedAt) {

	/** The size in kilobytes, rounded up, for lists. */
	public long kilobytes() {
		return Math.max(1, (this.sizeBytes + 1023) / 1024);
	}

	/** The file's kind as people name it: PDF, PNG or JPEG. */
	public String kind() {
		return this.contentType.substring(this.contentType.indexOf('/') + 1).toUpperCase(java.util.Locale.ROOT);
	}

	/**
	 * The message key of who sees the file: internal only, public once the case is
	 * published, or in the public version now.
	 */
	public String visibilityMessageKey() {
		if (!this.shownPublicly) {
			return "cases.attachment.visibility.internal";
		}
		return this.published ? "cases.attachment.visibility.published" : "cases.attachment.visibility.public";
	}

	/** The attachment with its bytes, for a download. */
	public record File(CaseAttachment attachment, byte[] content) {

	}

}
