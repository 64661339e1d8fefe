package eu.dhso.lab.cohort;

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

/**
 * A trainer's invitation to one account. Trainers never see pending or declined ones, so
 * an invitation cannot tell them whether a username exists.
 */
@Entity
@Table(schema = "lab", name = "invitation")
public class Invitation {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "cohort_id")
	private Cohort cohort;

	@Column(name = "account_id")
	private long accountId;

	@Column(name = "invited_by")
	private long invitedBy;

	@Column(name = "invited_at")
	private Instant invitedAt;

	@Enumerated(EnumType.STRING)
	private InvitationStatus status;

	@Column(name = "answered_at")
	private Instant answeredAt;

	protected Invitation() {
	}

	Invitation(Cohort cohort, long accountId, long invitedBy, Instant now) {
		this.cohort = cohort;
		this.accountId = accountId;
		this.invitedBy = invitedBy;
		this.invitedAt = now;
		this.status = InvitationStatus.PENDING;
	}

	/**
	 * Someone who accepted, and has since left, may be invited again; a pending or
	 * declined invitation stays as it is.
	 */
	boolean renew(long invitedBy, Instant now) {
		if (this.status != InvitationStatus.ACCEPTED) {
			return false;
		}
		this.status = InvitationStatus.PENDING;
		this.invitedBy = invitedBy;
		this.invitedAt = now;
		this.answeredAt = null;
		return true;
	}

	void answer(InvitationStatus answer, Instant now) {
		this.status = answer;
		this.answeredAt = now;
	}

	boolean isPendingFor(Long accountId) {
		return this.status == InvitationStatus.PENDING && accountId != null && this.accountId == accountId;
	}

	public Long getId() {
		return this.id;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public long getInvitedBy() {
		return this.invitedBy;
	}

	public Instant getInvitedAt() {
		return this.invitedAt;
	}

	public InvitationStatus getStatus() {
		return this.status;
	}

}
