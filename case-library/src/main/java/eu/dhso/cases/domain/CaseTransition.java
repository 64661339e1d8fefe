package eu.dhso.cases.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One step of a case's timeline: written with the transition, never changed. */
@Entity
@Immutable
@Table(schema = "cases", name = "case_transition")
public class CaseTransition {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Enumerated(EnumType.STRING)
	@Column(name = "from_status")
	private CaseStatus from;

	@Enumerated(EnumType.STRING)
	@Column(name = "to_status")
	private CaseStatus to;

	private String actor;

	private String reason;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	protected CaseTransition() {
	}

	CaseTransition(CaseStatus from, CaseStatus to, String actor, String reason, Instant occurredAt) {
		this.from = from;
		this.to = to;
		this.actor = actor;
		this.reason = reason;
		this.occurredAt = occurredAt;
	}

	public CaseStatus getFrom() {
		return this.from;
	}

	public CaseStatus getTo() {
		return this.to;
	}

	public String getActor() {
		return this.actor;
	}

	public String getReason() {
		return this.reason;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

}
