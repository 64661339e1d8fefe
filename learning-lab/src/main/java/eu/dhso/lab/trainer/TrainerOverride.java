package eu.dhso.lab.trainer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An administrator assigned a trainer outside the certification rule, and said why. */
@Entity
@Table(schema = "lab", name = "trainer_override")
public class TrainerOverride {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "cohort_id")
	private long cohortId;

	@Column(name = "account_id")
	private long accountId;

	private String reason;

	@Column(name = "granted_by")
	private String grantedBy;

	@Column(name = "granted_at")
	private Instant grantedAt;

	protected TrainerOverride() {
	}

	TrainerOverride(long cohortId, long accountId, String reason, String grantedBy, Instant grantedAt) {
		this.cohortId = cohortId;
		this.accountId = accountId;
		this.reason = reason;
		this.grantedBy = grantedBy;
		this.grantedAt = grantedAt;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public String getReason() {
		return this.reason;
	}

	public String getGrantedBy() {
		return this.grantedBy;
	}

	public Instant getGrantedAt() {
		return this.grantedAt;
	}

}
