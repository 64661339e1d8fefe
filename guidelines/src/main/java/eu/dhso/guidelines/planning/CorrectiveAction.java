package eu.dhso.guidelines.planning;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What monitoring decided to change, who owns it and how far it got. */
@Entity
@Table(schema = "guidelines", name = "corrective_action")
class CorrectiveAction {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "recorded_on")
	private LocalDate recordedOn;

	private String text;

	private String owner;

	@Enumerated(EnumType.STRING)
	private ActionStatus status;

	protected CorrectiveAction() {
	}

	CorrectiveAction(LocalDate recordedOn, String text, String owner) {
		this.recordedOn = recordedOn;
		this.text = text;
		this.owner = owner;
		this.status = ActionStatus.OPEN;
	}

	Long getId() {
		return this.id;
	}

	void setStatus(ActionStatus status) {
		this.status = status;
	}

	TrainingPlan.Action view() {
		return new TrainingPlan.Action(this.id, this.recordedOn, this.text, this.owner, this.status);
	}

}
