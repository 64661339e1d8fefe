package eu.dhso.cases.domain;

import java.time.Instant;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** The case's fields as they were submitted, one revision per submission. */
@Entity
@Immutable
@Table(schema = "cases", name = "case_revision")
public class CaseRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int number;

	@Column(name = "created_by")
	private String createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Convert(converter = SnapshotConverter.class)
	private Map<String, String> snapshot;

	protected CaseRevision() {
	}

	CaseRevision(int number, String createdBy, Instant createdAt, Map<String, String> snapshot) {
		this.number = number;
		this.createdBy = createdBy;
		this.createdAt = createdAt;
		this.snapshot = snapshot;
	}

	public Long getId() {
		return this.id;
	}

	public int getNumber() {
		return this.number;
	}

	public String getCreatedBy() {
		return this.createdBy;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Map<String, String> getSnapshot() {
		return this.snapshot;
	}

}
