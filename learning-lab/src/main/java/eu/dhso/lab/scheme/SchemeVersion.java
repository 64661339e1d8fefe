package eu.dhso.lab.scheme;

import java.time.Instant;

import org.hibernate.annotations.Immutable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A published version of a scheme, as it was published: written once, never changed, so a
 * cohort running it never sees later edits.
 */
@Entity
@Immutable
@Table(schema = "lab", name = "scheme_version")
class SchemeVersion {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int number;

	private String content;

	@Column(name = "published_at")
	private Instant publishedAt;

	@Column(name = "published_by")
	private Long publishedBy;

	protected SchemeVersion() {
	}

	SchemeVersion(int number, String content, Instant publishedAt, Long publishedBy) {
		this.number = number;
		this.content = content;
		this.publishedAt = publishedAt;
		this.publishedBy = publishedBy;
	}

	int getNumber() {
		return this.number;
	}

}
