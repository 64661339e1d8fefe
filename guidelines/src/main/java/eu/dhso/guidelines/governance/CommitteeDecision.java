package eu.dhso.guidelines.governance;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A decision of a committee, drafted then published. */
@Entity
@Table(schema = "guidelines", name = "committee_decision")
class CommitteeDecision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "decided_on")
	private LocalDate decidedOn;

	private String text;

	@Enumerated(EnumType.STRING)
	private DecisionStatus status;

	@Column(name = "published_at")
	private Instant publishedAt;

	protected CommitteeDecision() {
	}

	CommitteeDecision(LocalDate decidedOn, String text) {
		this.decidedOn = decidedOn;
		this.text = text;
		this.status = DecisionStatus.DRAFT;
	}

	Long getId() {
		return this.id;
	}

	boolean isPublished() {
		return this.status == DecisionStatus.PUBLISHED;
	}

	LocalDate getDecidedOn() {
		return this.decidedOn;
	}

	void publish(Instant at) {
		if (isPublished()) {
			throw new IllegalCommitteeStepException("Decision " + this.id + " is already published");
		}
		this.status = DecisionStatus.PUBLISHED;
		this.publishedAt = at;
	}

	SteeringCommittee.Decision view() {
		return new SteeringCommittee.Decision(this.id, this.decidedOn, this.text, this.status, this.publishedAt);
	}

}
