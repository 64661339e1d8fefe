package eu.dhso.core.account;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A registrant's request for a role that carries rights. The account keeps what needs no
 * approval until an administrator decides; a decision is final and a decline gives its
 * reason.
 */
@Entity
@Table(schema = "core", name = "role_request")
public class RoleRequest {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "account_id")
	private UserAccount account;

	@Enumerated(EnumType.STRING)
	private StakeholderKind kind;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id")
	private Organisation organisation;

	@Column(name = "organisation_name")
	private String organisationName;

	private String purpose;

	@Enumerated(EnumType.STRING)
	private RoleRequestStatus status;

	@Column(name = "requested_at")
	private Instant requestedAt;

	@Column(name = "decided_by")
	private String decidedBy;

	@Column(name = "decided_at")
	private Instant decidedAt;

	private String reason;

	@Version
	private long version;

	protected RoleRequest() {
	}

	RoleRequest(UserAccount account, StakeholderKind kind, Organisation organisation, String organisationName,
			String purpose) {
		if (organisation == null && (organisationName == null || organisationName.isBlank())) {
			throw new IllegalArgumentException("A role request names its organisation");
		}
		this.account = account;
		this.kind = kind;
		this.organisation = organisation;
		this.organisationName = (organisation == null) ? organisationName.strip() : null;
		this.purpose = purpose.strip();
		this.status = RoleRequestStatus.PENDING;
		this.requestedAt = Instant.now();
	}

	/** Grants the role for the organisation the administrator confirmed. */
	void approve(String admin, Organisation confirmed) {
		if (confirmed == null) {
			throw new IllegalArgumentException("An approved role belongs to an organisation");
		}
		decide(RoleRequestStatus.APPROVED, admin, null);
		this.organisation = confirmed;
		this.account.grantRole(this.kind.role(), confirmed);
		this.account.verify();
	}

	void decline(String admin, String reason) {
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A declined request gives its reason");
		}
		decide(RoleRequestStatus.DECLINED, admin, reason.strip());
	}

	private void decide(RoleRequestStatus next, String admin, String reason) {
		if (!this.status.canBecome(next)) {
			throw new IllegalStateException("A role request " + this.status + " cannot become " + next);
		}
		this.status = next;
		this.decidedBy = admin;
		this.decidedAt = Instant.now();
		this.reason = reason;
	}

	public Long getId() {
		return this.id;
	}

	public UserAccount getAccount() {
		return this.account;
	}

	public StakeholderKind getKind() {
		return this.kind;
	}

	public Role getRequestedRole() {
		return this.kind.role();
	}

	public Organisation getOrganisation() {
		return this.organisation;
	}

	public String getOrganisationName() {
		return this.organisationName;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public RoleRequestStatus getStatus() {
		return this.status;
	}

	public boolean isPending() {
		return this.status == RoleRequestStatus.PENDING;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getReason() {
		return this.reason;
	}

	public long getVersion() {
		return this.version;
	}

}
