package eu.dhso.guidelines.guideline;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A comment on one section of a draft open for consultation; part of the
 * {@link Guideline}.
 */
@Entity
@Table(schema = "guidelines", name = "guideline_comment")
public class ConsultationComment {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "section_index")
	private int sectionIndex;

	@Column(name = "author_account_id")
	private Long authorAccountId;

	@Column(name = "author_name")
	private String authorName;

	private String body;

	@Enumerated(EnumType.STRING)
	private CommentStatus status;

	private String resolution;

	@Column(name = "created_at")
	private Instant createdAt;

	protected ConsultationComment() {
	}

	ConsultationComment(int sectionIndex, Long authorAccountId, String authorName, String body, Instant at) {
		this.sectionIndex = sectionIndex;
		this.authorAccountId = authorAccountId;
		this.authorName = authorName;
		this.body = body;
		this.status = CommentStatus.OPEN;
		this.createdAt = at;
	}

	void moderate(boolean hide, String resolution) {
		this.status = hide ? CommentStatus.HIDDEN : CommentStatus.RESOLVED;
		this.resolution = resolution;
	}

	public Comment toComment() {
		return new Comment(this.id, this.sectionIndex, this.authorName, this.body, this.status.name(), this.resolution,
				this.createdAt);
	}

	int getSectionIndex() {
		return this.sectionIndex;
	}

	Long getAuthorAccountId() {
		return this.authorAccountId;
	}

	String getAuthorName() {
		return this.authorName;
	}

	String getBody() {
		return this.body;
	}

	public Long getId() {
		return this.id;
	}

	public CommentStatus getStatus() {
		return this.status;
	}

	/** A comment as the consultation pages show it. */
	public record Comment(Long id, int sectionIndex, String authorName, String body, String status, String resolution,
			Instant createdAt) {

		public boolean open() {
			return "OPEN".equals(this.status);
		}

	}

}
