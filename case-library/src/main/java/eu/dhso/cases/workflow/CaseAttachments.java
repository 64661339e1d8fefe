package eu.dhso.cases.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import eu.dhso.cases.domain.IllegalCaseTransitionException;
import eu.dhso.cases.domain.InterviewCase;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.upload.FileTypes;

import org.springframework.core.io.InputStreamSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files attached to interview cases: PDF, PNG or JPEG, the type told from the bytes, a
 * size limit per file and a number limit per case.
 * <p>
 * The case's organisation's partners and the editors add and remove them while the case
 * is editable (a draft or sent back for changes, the rule of the form's steps) and
 * download them at any time; anyone else gets 404.
 * <p>
 * The public sees an attachment only when all of this holds: the partner marked it public
 * at upload, it was there when the case's current public version was published (the
 * {@code published} flag, set at each publication, so files added to a later working
 * version wait for its publication), the case is in the public library, and its consent
 * scope still allows publication. An anonymised case's attachments follow the same rule:
 * the partner's mark is what says a file names nobody; the form says so and editors see
 * the mark before publishing. Removing a file takes it out of the public version at once:
 * withdrawing a file never exposes anything.
 */
@Service
@Transactional
public class CaseAttachments {

	/** The types a case takes, as detected from the bytes. */
	public static final Set<String> ACCEPTED_TYPES = Set.of(FileTypes.PDF, FileTypes.PNG, FileTypes.JPEG);

	public static final int MAX_CAPTION = 300;

	private static final String COLUMNS = "a.id, a.case_id, a.file_name, a.content_type, a.size_bytes, a.caption,"
			+ " a.is_public, a.published, a.uploaded_by, a.uploaded_at";

	/**
	 * What makes an attachment part of a case's public version; see the class comment.
	 */
	private static final String PUBLIC = """
			a.published and a.is_public
			and exists (select 1 from cases.published_case p where p.case_id = a.case_id)
			and exists (select 1 from cases.interview_case c where c.id = a.case_id
			    and c.consent_scope in ('PUBLIC', 'ANONYMISED'))""";

	private final JdbcClient jdbc;

	private final CaseAccess access;

	private final AuditLog auditLog;

	private final AttachmentLimits limits;

	private final Clock clock = Clock.systemUTC();

	CaseAttachments(JdbcClient jdbc, CaseAccess access, AuditLog auditLog, AttachmentLimits limits) {
		this.jdbc = jdbc;
		this.access = access;
		this.auditLog = auditLog;
		this.limits = limits;
	}

	public AttachmentLimits limits() {
		return this.limits;
	}

	/**
	 * The case, when the user may see its attachments: a partner of its organisation, an
	 * editor or an administrator; 404 for anyone else.
	 */
	@Transactional(readOnly = true)
	public InterviewCase caseFor(Long caseId, ObservatoryUser user) {
		return (user.getRole() == Role.PARTNER) ? this.access.forPartner(caseId, user)
				: this.access.forEditor(caseId, user);
	}

	/**
	 * The case for the attachment pages, with what they show of it loaded (the pages
	 * render outside the transaction).
	 */
	@Transactional(readOnly = true)
	public InterviewCase load(Long caseId, ObservatoryUser user) {
		InterviewCase found = caseFor(caseId, user);
		found.getTransitions().size();
		return found;
	}

	/** Every attachment of the case, oldest first, for those who may see the case. */
	@Transactional(readOnly = true)
	public List<CaseAttachment> of(Long caseId, ObservatoryUser user) {
		caseFor(caseId, user);
		return this.jdbc
			.sql("select " + COLUMNS + " from cases.case_attachment a where a.case_id = :case order by a.id")
			.param("case", caseId)
			.query(CaseAttachments::attachment)
			.list();
	}

	/** One attachment of the case, for those who may see the case; 404 otherwise. */
	@Transactional(readOnly = true)
	public CaseAttachment find(Long caseId, long attachmentId, ObservatoryUser user) {
		caseFor(caseId, user);
		return attachment(caseId, attachmentId);
	}

	@Transactional(readOnly = true)
	public CaseAttachment.File download(Long caseId, long attachmentId, ObservatoryUser user) {
		CaseAttachment attachment = find(caseId, attachmentId, user);
		return new CaseAttachment.File(attachment, content(attachment));
	}

	/**
	 * Adds a file to the case. Checked in this order, the cheap checks before the bytes
	 * are read: who asks (404), whether the case is editable, the caption, the size, the
	 * number of files, then the type from the bytes.
	 * @throws IllegalCaseTransitionException when the case is not editable now
	 * @throws AttachmentRejectedException when the file is refused, with the reason
	 */
	public CaseAttachment upload(Long caseId, ObservatoryUser user, String originalName, long size,
			InputStreamSource content, String caption, boolean shownPublicly) {
		InterviewCase found = editable(caseId, user);
		String cleanCaption = (caption != null && !caption.isBlank()) ? caption.strip() : null;
		if (cleanCaption != null && cleanCaption.length() > MAX_CAPTION) {
			throw new AttachmentRejectedException("cases.attachment.error.caption");
		}
		if (size <= 0) {
			throw new AttachmentRejectedException("cases.attachment.error.empty");
		}
		if (size > this.limits.maxBytes()) {
			throw new AttachmentRejectedException("cases.attachment.error.tooLarge");
		}
		// one upload at a time per case, so two at once cannot pass the count together
		this.jdbc.sql("select id from cases.interview_case where id = :id for update")
			.param("id", found.getId())
			.query(Long.class)
			.single();
		long count = this.jdbc.sql("select count(*) from cases.case_attachment where case_id = :case")
			.param("case", caseId)
			.query(Long.class)
			.single();
		if (count >= this.limits.attachmentsPerCase()) {
			throw new AttachmentRejectedException("cases.attachment.error.tooMany");
		}
		byte[] bytes = read(content, this.limits.maxBytes());
		if (bytes.length == 0) {
			throw new AttachmentRejectedException("cases.attachment.error.empty");
		}
		if (bytes.length > this.limits.maxBytes()) {
			throw new AttachmentRejectedException("cases.attachment.error.tooLarge");
		}
		String type = FileTypes.detect(bytes)
			.filter(ACCEPTED_TYPES::contains)
			.orElseThrow(() -> new AttachmentRejectedException("cases.attachment.error.type"));
		String fileName = FileTypes.withMatchingExtension(FileTypes.safeFileName(originalName, "attachment"), type);
		long id = this.jdbc.sql("""
				insert into cases.case_attachment (case_id, file_name, content_type, size_bytes, caption, is_public,
				    uploaded_by, uploaded_at)
				values (:case, :name, :type, :size, :caption, :public, :by, :at)
				returning id""")
			.param("case", caseId)
			.param("name", fileName)
			.param("type", type)
			.param("size", bytes.length)
			.param("caption", cleanCaption)
			.param("public", shownPublicly)
			.param("by", user.getUsername())
			.param("at", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		this.jdbc.sql("insert into cases.case_attachment_content (attachment_id, content) values (:id, :content)")
			.param("id", id)
			.param("content", bytes)
			.update();
		audit(user, "case.attachment.upload", caseId, "#" + id + " " + fileName + " (" + type + ", " + bytes.length
				+ " bytes" + (shownPublicly ? ", public" : "") + ")");
		return attachment(caseId, id);
	}

	/**
	 * Removes a file from the case while it is editable; also from its public version, at
	 * once.
	 */
	public CaseAttachment remove(Long caseId, long attachmentId, ObservatoryUser user) {
		editable(caseId, user);
		CaseAttachment attachment = attachment(caseId, attachmentId);
		this.jdbc.sql("delete from cases.case_attachment where id = :id and case_id = :case")
			.param("id", attachmentId)
			.param("case", caseId)
			.update();
		audit(user, "case.attachment.remove", caseId, "#" + attachmentId + " " + attachment.fileName());
		return attachment;
	}

	/**
	 * Makes the case's public version show exactly the files marked public now; called
	 * when the case is published.
	 */
	void publish(Long caseId) {
		this.jdbc.sql("update cases.case_attachment set published = is_public where case_id = :case")
			.param("case", caseId)
			.update();
	}

	/** The case left the library: none of its files is public any more. */
	void unpublish(Long caseId) {
		this.jdbc.sql("update cases.case_attachment set published = false where case_id = :case")
			.param("case", caseId)
			.update();
	}

	/** The attachments the public version of a case shows; empty for any other case. */
	@Transactional(readOnly = true)
	public List<CaseAttachment> publicOf(long caseId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from cases.case_attachment a where a.case_id = :case and " + PUBLIC
					+ " order by a.id")
			.param("case", caseId)
			.query(CaseAttachments::attachment)
			.list();
	}

	/** A file of a case's public version, for anyone; 404 for every other file. */
	@Transactional(readOnly = true)
	public CaseAttachment.File publicDownload(long caseId, long attachmentId) {
		CaseAttachment attachment = this.jdbc
			.sql("select " + COLUMNS + " from cases.case_attachment a where a.id = :id and a.case_id = :case and "
					+ PUBLIC)
			.param("id", attachmentId)
			.param("case", caseId)
			.query(CaseAttachments::attachment)
			.optional()
			.orElseThrow(() -> new AttachmentNotFoundException(caseId, attachmentId));
		return new CaseAttachment.File(attachment, content(attachment));
	}

	private InterviewCase editable(Long caseId, ObservatoryUser user) {
		InterviewCase found = caseFor(caseId, user);
		if (!found.getStatus().isEditableByPartner()) {
			throw new IllegalCaseTransitionException(
					"A case in status " + found.getStatus() + " cannot change its attachments");
		}
		return found;
	}

	private CaseAttachment attachment(long caseId, long attachmentId) {
		return this.jdbc
			.sql("select " + COLUMNS + " from cases.case_attachment a where a.id = :id and a.case_id = :case")
			.param("id", attachmentId)
			.param("case", caseId)
			.query(CaseAttachments::attachment)
			.optional()
			.orElseThrow(() -> new AttachmentNotFoundException(caseId, attachmentId));
	}

	private byte[] content(CaseAttachment attachment) {
		return this.jdbc.sql("select content from cases.case_attachment_content where attachment_id = :id")
			.param("id", attachment.id())
			.query(byte[].class)
			.optional()
			.orElseThrow(() -> new AttachmentNotFoundException(attachment.caseId(), attachment.id()));
	}

	/**
	 * At most one byte more than the limit, so a size the client misreported is caught.
	 */
	private static byte[] read(InputStreamSource content, long limit) {
		try (InputStream in = content.getInputStream()) {
			return in.readNBytes((int) Math.min(limit + 1, Integer.MAX_VALUE - 8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void audit(ObservatoryUser user, String action, Long caseId, String detail) {
		this.auditLog.record(user.getUsername(), action, "InterviewCase", caseId, "SUCCESS", detail);
	}

	private static CaseAttachment attachment(ResultSet rs, int row) throws SQLException {
		return new CaseAttachment(rs.getLong("id"), rs.getLong("case_id"), rs.getString("file_name"),
				rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("caption"),
				rs.getBoolean("is_public"), rs.getBoolean("published"), rs.getString("uploaded_by"),
				rs.getTimestamp("uploaded_at").toInstant());
	}

}
