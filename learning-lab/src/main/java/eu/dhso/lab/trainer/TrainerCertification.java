package eu.dhso.lab.trainer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A trainer certified to run one scheme's cohorts, created from the certificate of a
 * finished train-the-trainers cohort, never typed in. Revoking it stops new assignments;
 * cohorts the trainer already runs keep them.
 */
@Entity
@Table(schema = "lab", name = "trainer_certification")
public class TrainerCertification {

	static final int MAX_REASON = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "account_id")
	private long accountId;

	@Column(name = "scheme_id")
	private long schemeId;

	@Column(name = "certificate_id")
	private long certificateId;

	@Column(name = "certified_at")
	private Instant certifiedAt;

	@Enumerated(EnumType.STRING)
	private CertificationStatus status;

	@Column(name = "revoked_at")
	private Instant revokedAt;

	@Column(name = "revoked_by")
	private String revokedBy;

	@Column(name = "revoked_reason")
	private String revokedReason;

	@Version
	private long version;

	protected TrainerCertification() {
	}

	TrainerCertification(long accountId, long schemeId, long certificateId, Instant at) {
		this.accountId = accountId;
		this.schemeId = schemeId;
		this.certificateId = certificateId;
		this.certifiedAt = at;
		this.status = CertificationStatus.ACTIVE;
	}

	/** Revokes once; a second revocation keeps the first reason. */
	boolean revoke(String by, String reason, Instant at) {
		if (this.status == CertificationStatus.REVOKED) {
			return false;
		}
		this.status = CertificationStatus.REVOKED;
		this.revokedBy = by;
		this.revokedReason = (reason == null) ? null
				: reason.strip().substring(0, Math.min(reason.strip().length(), MAX_REASON));
		this.revokedAt = at;
		return true;
	}

	public boolean isActive() {
		return this.status == CertificationStatus.ACTIVE;
	}

	public Long getId() {
		return this.id;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public long getSchemeId() {
		return this.schemeId;
	}

	public long getCertificateId() {
		return this.certificateId;
	}

	public Instant getCertifiedAt() {
		return this.certifiedAt;
	}

	public CertificationStatus getStatus() {
		return this.status;
	}

	public String getRevokedReason() {
		return this.revokedReason;
	}

}
