package eu.dhso.core.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/** One line of the audit log: written once, never changed. */
@Entity
@Immutable
@Table(schema = "core", name = "audit_entry")
public class AuditEntry {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "occurred_at")
	private Instant occurredAt;

	private String actor;

	private String action;

	@Column(name = "object_type")
	private String objectType;

	@Column(name = "object_id")
	private String objectId;

	private String outcome;

	private String detail;

	@Column(name = "client_address")
	private String clientAddress;

	protected AuditEntry() {
	}

	AuditEntry(String actor, String action, String objectType, String objectId, String outcome, String detail,
			String clientAddress) {
		this.occurredAt = Instant.now();
		this.actor = truncate(actor, 60);
		this.action = truncate(action, 60);
		this.objectType = truncate(objectType, 60);
		this.objectId = truncate(objectId, 60);
		this.outcome = outcome;
		this.detail = truncate(detail, 500);
		this.clientAddress = truncate(clientAddress, 64);
	}

	private static String truncate(String value, int max) {
		return (value == null || value.length() <= max) ? value : value.substring(0, max);
	}

	public Long getId() {
		return this.id;
	}

	public Instant getOccurredAt() {
		return this.occurredAt;
	}

	public String getActor() {
		return this.actor;
	}

	public String getAction() {
		return this.action;
	}

	public String getObjectType() {
		return this.objectType;
	}

	public String getObjectId() {
		return this.objectId;
	}

	public String getOutcome() {
		return this.outcome;
	}

	public String getDetail() {
		return this.detail;
	}

	public String getClientAddress() {
		return this.clientAddress;
	}

}
