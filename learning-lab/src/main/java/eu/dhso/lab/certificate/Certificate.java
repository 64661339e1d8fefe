package eu.dhso.lab.certificate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import eu.dhso.core.text.Blank;
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
 * A completion certificate: what it states (holder, scheme and version, hours,
 * competences, issuer, issue date) is frozen when it is issued, so a later version of the
 * scheme or a renamed account never changes a certificate already handed out. Anyone
 * holding its code can check it; it can be withdrawn once, with a reason.
 */
@Entity
@Table(schema = "lab", name = "certificate")
public class Certificate {

	static final int MAX_REASON = 500;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Column(name = "cohort_id")
	private long cohortId;

	@Column(name = "account_id")
	private long accountId;

	@Column(name = "holder_name")
	private String holderName;

	@Column(name = "scheme_title")
	private String schemeTitle;

	@Column(name = "scheme_version")
	private int schemeVersion;

	@Column(name = "workload_hours")
	private int workloadHours;

	/** One competence a line, "S1.1 Title". */
	private String competences;

	private String issuer;

	@Column(name = "issued_at")
	private Instant issuedAt;

	@Enumerated(EnumType.STRING)
	private CertificateStatus status;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Column(name = "withdrawn_by")
	private String withdrawnBy;

	@Column(name = "withdrawal_reason")
	private String withdrawalReason;

	@Version
	private long version;

	protected Certificate() {
	}

	Certificate(String code, long cohortId, long accountId, String holderName, String schemeTitle, int schemeVersion,
			int workloadHours, List<String> competences, String issuer, Instant issuedAt) {
		this.code = code;
		this.cohortId = cohortId;
		this.accountId = accountId;
		this.holderName = holderName;
		this.schemeTitle = schemeTitle;
		this.schemeVersion = schemeVersion;
		this.workloadHours = workloadHours;
		this.competences = String.join("\n", competences);
		this.issuer = issuer;
		this.issuedAt = issuedAt;
		this.status = CertificateStatus.VALID;
	}

	/** Withdraws a valid certificate for good; the reason is required. */
	void withdraw(String by, String reason, Instant at) {
		if (this.status != CertificateStatus.VALID) {
			throw new IllegalStateException("Certificate " + this.code + " is already withdrawn");
		}
		String given = Blank.toNull(reason);
		if (given == null || given.length() > MAX_REASON) {
			throw new IllegalArgumentException("A withdrawal needs a reason of at most " + MAX_REASON + " characters");
		}
		this.status = CertificateStatus.WITHDRAWN;
		this.withdrawnBy = by;
		this.withdrawalReason = given;
		this.withdrawnAt = at;
	}

	public boolean isValid() {
		return this.status == CertificateStatus.VALID;
	}

	public Long getId() {
		return this.id;
	}

	public String getCode() {
		return this.code;
	}

	public long getCohortId() {
		return this.cohortId;
	}

	public long getAccountId() {
		return this.accountId;
	}

	public String getHolderName() {
		return this.holderName;
	}

	public String getSchemeTitle() {
		return this.schemeTitle;
	}

	public int getSchemeVersion() {
		return this.schemeVersion;
	}

	public int getWorkloadHours() {
		return this.workloadHours;
	}

	public List<String> getCompetences() {
		return this.competences.isEmpty() ? List.of() : Arrays.asList(this.competences.split("\n"));
	}

	public String getIssuer() {
		return this.issuer;
	}

	public Instant getIssuedAt() {
		return this.issuedAt;
	}

	/** The day of issue, as printed on the certificate (UTC). */
	public LocalDate getIssuedOn() {
		return this.issuedAt.atZone(ZoneOffset.UTC).toLocalDate();
	}

	public CertificateStatus getStatus() {
		return this.status;
	}

	public Instant getWithdrawnAt() {
		return this.withdrawnAt;
	}

	public String getWithdrawnBy() {
		return this.withdrawnBy;
	}

	public String getWithdrawalReason() {
		return this.withdrawalReason;
	}

	public long getVersion() {
		return this.version;
	}

}
