package eu.dhso.core.mail;

import java.time.Duration;
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
 * One e-mail as written when the action that sends it committed: its text is final, in
 * the recipient's language. Only the delivery changes its state.
 */
@Entity
@Table(schema = "core", name = "outbox_message")
class OutboxMessage {

	private static final int MAX_ERROR = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String kind;

	private String recipient;

	private String language;

	private String subject;

	private String body;

	@Enumerated(EnumType.STRING)
	private OutboxStatus status;

	private int attempts;

	@Column(name = "next_attempt_at")
	private Instant nextAttemptAt;

	@Column(name = "last_error")
	private String lastError;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "sent_at")
	private Instant sentAt;

	protected OutboxMessage() {
	}

	OutboxMessage(String kind, String recipient, String language, String subject, String body, Instant at) {
		this.kind = kind;
		this.recipient = recipient;
		this.language = language;
		this.subject = subject;
		this.body = body;
		this.status = OutboxStatus.PENDING;
		this.createdAt = at;
		this.nextAttemptAt = at;
	}

	void delivered(Instant at) {
		moveTo(OutboxStatus.SENT);
		this.attempts++;
		this.sentAt = at;
		this.lastError = null;
	}

	/**
	 * A failed attempt: tried again after {@code firstRetry}, doubling each time up to
	 * {@code maxRetry}; after {@code maxAttempts} the message is given up.
	 */
	void attemptFailed(String error, Instant at, OutboxProperties policy) {
		this.attempts++;
		this.lastError = (error == null) ? null : (error.length() > MAX_ERROR) ? error.substring(0, MAX_ERROR) : error;
		if (this.attempts >= policy.maxAttempts()) {
			moveTo(OutboxStatus.FAILED);
			return;
		}
		moveTo(OutboxStatus.PENDING);
		this.nextAttemptAt = at.plus(backOff(this.attempts, policy.firstRetry(), policy.maxRetry()));
	}

	static Duration backOff(int failedAttempts, Duration first, Duration cap) {
		Duration wait = first.multipliedBy(1L << Math.min(Math.max(failedAttempts - 1, 0), 20));
		return (wait.compareTo(cap) > 0) ? cap : wait;
	}

	private void moveTo(OutboxStatus target) {
		if (!this.status.canMoveTo(target)) {
			throw new IllegalStateException("An outbox message cannot move from " + this.status + " to " + target);
		}
		this.status = target;
	}

	Long getId() {
		return this.id;
	}

	String getKind() {
		return this.kind;
	}

	String getRecipient() {
		return this.recipient;
	}

	String getLanguage() {
		return this.language;
	}

	String getSubject() {
		return this.subject;
	}

	String getBody() {
		return this.body;
	}

	OutboxStatus getStatus() {
		return this.status;
	}

	int getAttempts() {
		return this.attempts;
	}

	Instant getNextAttemptAt() {
		return this.nextAttemptAt;
	}

	String getLastError() {
		return this.lastError;
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getSentAt() {
		return this.sentAt;
	}

	OutboxEntry toEntry() {
		return new OutboxEntry(this.id, this.kind, this.recipient, this.language, this.subject, this.body, this.status,
				this.attempts, this.nextAttemptAt, this.lastError, this.createdAt, this.sentAt);
	}

}
