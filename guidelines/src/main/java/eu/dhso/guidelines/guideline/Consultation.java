package eu.dhso.guidelines.guideline;

import java.time.Instant;
import java.util.List;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.audit.AuditLog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on the sections of a draft while its consultation is open; editors resolve
 * them or hide the ones that break the rules.
 */
@Service
public class Consultation {

	private final JdbcClient jdbc;

	private final AuditLog audit;

	Consultation(JdbcClient jdbc, AuditLog audit) {
		this.jdbc = jdbc;
		this.audit = audit;
	}

	/**
	 * @throws ConsultationClosedException when the draft is not open for consultation
	 */
	@Transactional
	public void comment(Guidelines.Draft draft, int sectionIndex, ObservatoryUser author, String body) {
		if (!draft.hasDraft() || !draft.consultationOpen()) {
			throw new ConsultationClosedException();
		}
		if (sectionIndex < 0 || sectionIndex >= draft.document().sections().size()) {
			throw new IllegalArgumentException("No section " + sectionIndex);
		}
		this.jdbc.sql("""
				insert into guidelines.guideline_comment (guideline_id, section_index, author_account_id,
				    author_name, body) values (:guideline, :section, :account, :name, :body)
				""")
			.param("guideline", draft.id())
			.param("section", sectionIndex)
			.param("account", author.getAccountId())
			.param("name", author.getDisplayName())
			.param("body", body)
			.update();
	}

	/** Comments on the current draft; hidden ones only for moderators. */
	@Transactional(readOnly = true)
	public List<Comment> comments(long guidelineId, boolean includeHidden) {
		return this.jdbc.sql("""
				select id, section_index, author_name, body, status, resolution, created_at
				from guidelines.guideline_comment
				where guideline_id = :id and (status <> 'HIDDEN' or :hidden) order by created_at, id
				""")
			.param("id", guidelineId)
			.param("hidden", includeHidden)
			.query((rs, row) -> new Comment(rs.getLong("id"), rs.getInt("section_index"), rs.getString("author_name"),
					rs.getString("body"), rs.getString("status"), rs.getString("resolution"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	@Transactional
	public void moderate(long guidelineId, long commentId, boolean hide, String resolution, String actor) {
		int updated = this.jdbc.sql("""
				update guidelines.guideline_comment set status = :status, resolution = :resolution
				where id = :id and guideline_id = :guideline
				""")
			.param("status", hide ? "HIDDEN" : "RESOLVED")
			.param("resolution", resolution)
			.param("id", commentId)
			.param("guideline", guidelineId)
			.update();
		if (updated == 0) {
			throw new IllegalArgumentException("No comment " + commentId);
		}
		this.audit.record(actor, hide ? "COMMENT_HIDE" : "COMMENT_RESOLVE", "guideline_comment", commentId, "SUCCESS",
				null);
	}

	public record Comment(long id, int sectionIndex, String authorName, String body, String status, String resolution,
			Instant createdAt) {

		public boolean open() {
			return "OPEN".equals(this.status);
		}

	}

	/** Comments are accepted only while a draft is open for consultation. */
	public static class ConsultationClosedException extends RuntimeException {

		ConsultationClosedException() {
			super("The draft is not open for consultation");
		}

	}

}
