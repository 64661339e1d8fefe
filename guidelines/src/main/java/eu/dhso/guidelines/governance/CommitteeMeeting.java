package eu.dhso.guidelines.governance;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A meeting with its agenda; its minutes become public only when published. */
@Entity
@Table(schema = "guidelines", name = "committee_meeting")
class CommitteeMeeting {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "held_on")
	private LocalDate heldOn;

	private String agenda;

	private String minutes;

	@Column(name = "minutes_published")
	private boolean minutesPublished;

	protected CommitteeMeeting() {
	}

	CommitteeMeeting(LocalDate heldOn, String agenda, String minutes) {
		this.heldOn = heldOn;
		this.agenda = agenda;
		this.minutes = (minutes != null) ? minutes : "";
	}

	Long getId() {
		return this.id;
	}

	void publishMinutes() {
		if (this.minutes.isBlank()) {
			throw new IllegalArgumentException("No minutes to publish");
		}
		this.minutesPublished = true;
	}

	SteeringCommittee.Meeting view(boolean manager) {
		return new SteeringCommittee.Meeting(this.id, this.heldOn, this.agenda,
				(manager || this.minutesPublished) ? this.minutes : null, this.minutesPublished);
	}

}
