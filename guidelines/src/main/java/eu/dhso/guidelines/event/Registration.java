package eu.dhso.guidelines.event;

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
 * One person's registration for an event, part of the {@link Event} aggregate: only the
 * event changes it, so the capacity and the waitlist stay right.
 */
@Entity
@Table(schema = "guidelines", name = "registration")
public class Registration {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id")
	private Long accountId;

	@Column(name = "display_name")
	private String displayName;

	@Enumerated(EnumType.STRING)
	private RegistrationStatus status;

	private boolean attended;

	@Column(name = "feedback_rating")
	private Integer feedbackRating;

	@Column(name = "feedback_text")
	private String feedbackText;

	@Column(name = "created_at")
	private Instant createdAt;

	protected Registration() {
	}

	Registration(Long accountId, String displayName, RegistrationStatus status, Instant at) {
		this.accountId = accountId;
		this.displayName = displayName;
		this.status = status;
		this.createdAt = at;
	}

	void moveTo(RegistrationStatus target) {
		if (!this.status.canMoveTo(target)) {
			throw new IllegalRegistrationException("A registration cannot move from " + this.status + " to " + target);
		}
		this.status = target;
	}

	/** A renewed registration queues again from the moment it is renewed. */
	void renew(String displayName, RegistrationStatus target, Instant at) {
		moveTo(target);
		this.displayName = displayName;
		this.createdAt = at;
	}

	void markAttendance(boolean attended) {
		if (this.status != RegistrationStatus.CONFIRMED) {
			throw new IllegalRegistrationException("Only confirmed registrations attend");
		}
		this.attended = attended;
	}

	void giveFeedback(int rating, String text) {
		if (!this.attended) {
			throw new IllegalRegistrationException("Only people who attended give feedback");
		}
		if (rating < 1 || rating > 5) {
			throw new IllegalArgumentException("A rating is from 1 to 5");
		}
		this.feedbackRating = rating;
		this.feedbackText = text;
	}

	public RegistrationView toView() {
		return new RegistrationView(this.id, this.displayName, this.status, this.attended, this.feedbackRating,
				this.feedbackText);
	}

	public Long getId() {
		return this.id;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public RegistrationStatus getStatus() {
		return this.status;
	}

	public boolean isAttended() {
		return this.attended;
	}

	public Integer getFeedbackRating() {
		return this.feedbackRating;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/** A registration as its owner and the event's administrators see it. */
	public record RegistrationView(long id, String displayName, RegistrationStatus status, boolean attended,
			Integer feedbackRating, String feedbackText) {
	}

}
