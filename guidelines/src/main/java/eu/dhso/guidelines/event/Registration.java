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

	@Column(name = "guest_email")
	private String guestEmail;

	@Column(name = "guest_organisation")
	private String guestOrganisation;

	/** The language a guest registered in, for the e-mail sent to them later. */
	private String language;

	@Column(name = "confirmation_hash")
	private String confirmationHash;

	/** The hash of a confirmed guest's cancellation link; spent when used. */
	@Column(name = "cancel_hash")
	private String cancelHash;

	protected Registration() {
	}

	/** A guest without an account: unconfirmed until the e-mailed link is opened. */
	static Registration guest(Guest guest, String confirmationHash, Instant at) {
		Registration registration = new Registration(null, guest.name(), RegistrationStatus.UNCONFIRMED, at);
		registration.guestEmail = guest.email();
		registration.guestOrganisation = guest.organisation();
		registration.language = guest.language();
		registration.confirmationHash = confirmationHash;
		return registration;
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

	/** A guest asked again: a new link, and the wait for confirmation starts again. */
	void renewGuest(Guest guest, String confirmationHash, Instant at) {
		moveTo(RegistrationStatus.UNCONFIRMED);
		this.displayName = guest.name();
		this.guestOrganisation = guest.organisation();
		this.language = guest.language();
		this.confirmationHash = confirmationHash;
		this.createdAt = at;
	}

	/**
	 * The guest opened the link: a place or the waitlist, queued from now; the link is
	 * spent.
	 */
	void confirmGuest(RegistrationStatus target, Instant at, String cancelHash) {
		if (this.status != RegistrationStatus.UNCONFIRMED) {
			throw new IllegalRegistrationException("Only an unconfirmed guest registration is confirmed");
		}
		moveTo(target);
		this.confirmationHash = null;
		this.cancelHash = cancelHash;
		this.createdAt = at;
	}

	/** Whether this guest's cancellation link, of this hash, would cancel a place now. */
	boolean cancellableBy(String hash) {
		return isGuest() && hash.equals(this.cancelHash)
				&& (this.status == RegistrationStatus.CONFIRMED || this.status == RegistrationStatus.WAITLISTED);
	}

	/**
	 * The guest cancelled through the link: the place or waitlist position goes, the link
	 * is spent.
	 */
	void cancelByLink() {
		moveTo(RegistrationStatus.CANCELLED);
		this.cancelHash = null;
	}

	boolean awaitsConfirmation(String hash, Instant notBefore) {
		return this.status == RegistrationStatus.UNCONFIRMED && hash.equals(this.confirmationHash)
				&& this.createdAt.isAfter(notBefore);
	}

	boolean isGuest() {
		return this.accountId == null;
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
				this.feedbackText, this.guestEmail, this.guestOrganisation);
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

	public String getDisplayName() {
		return this.displayName;
	}

	public String getGuestEmail() {
		return this.guestEmail;
	}

	public String getLanguage() {
		return this.language;
	}

	/**
	 * A registration as its owner and the event's administrators see it; a guest's with
	 * the address and organisation they gave.
	 */
	public record RegistrationView(long id, String displayName, RegistrationStatus status, boolean attended,
			Integer feedbackRating, String feedbackText, String guestEmail, String guestOrganisation) {

		public boolean guest() {
			return this.guestEmail != null;
		}

	}

	/** What a guest without an account gives to register, and the language they use. */
	public record Guest(String name, String email, String organisation, String language) {
	}

}
