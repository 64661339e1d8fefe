package eu.dhso.core.mail;

import java.time.Instant;

/** A message of the outbox as administrators and tests read it. */
public record OutboxEntry(long id, String kind, String recipient, String language, String subject, String body,
		OutboxStatus status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {

	public boolean pending() {
		return this.status == OutboxStatus.PENDING;
	}

	public boolean sent() {
		return this.status == OutboxStatus.SENT;
	}

	public boolean failed() {
		return this.status == OutboxStatus.FAILED;
	}

}
