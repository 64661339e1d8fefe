package eu.dhso.skills.maturity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One round of the maturity and resilience instrument in one organisation. */
@Entity
@Table(schema = "skills", name = "maturity_round")
public class MaturityRound {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id")
	private Long organisationId;

	private String title;

	@Column(name = "period_start")
	private LocalDate periodStart;

	@Column(name = "period_end")
	private LocalDate periodEnd;

	@Enumerated(EnumType.STRING)
	private RoundStatus status;

	@Column(name = "created_by")
	private Long createdBy;

	@Column(name = "created_at")
	private Instant createdAt;

	@Column(name = "opened_at")
	private Instant openedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "demo_key")
	private String demoKey;

	@Version
	private long version;

	protected MaturityRound() {
	}

	MaturityRound(Long organisationId, String title, LocalDate periodStart, LocalDate periodEnd, Long createdBy,
			Instant now) {
		if (periodEnd.isBefore(periodStart)) {
			throw new IllegalArgumentException("A round's period ends after it starts");
		}
		this.organisationId = organisationId;
		this.title = title;
		this.periodStart = periodStart;
		this.periodEnd = periodEnd;
		this.status = RoundStatus.DRAFT;
		this.createdBy = createdBy;
		this.createdAt = now;
	}

	void open(Instant now) {
		move(RoundStatus.OPEN);
		this.openedAt = now;
	}

	void close(Instant now) {
		move(RoundStatus.CLOSED);
		this.closedAt = now;
	}

	private void move(RoundStatus next) {
		if (!this.status.canBecome(next)) {
			throw new RoundStateException();
		}
		this.status = next;
	}

	public boolean isOpen() {
		return this.status == RoundStatus.OPEN;
	}

	public boolean isClosed() {
		return this.status == RoundStatus.CLOSED;
	}

	public Long getId() {
		return this.id;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public String getTitle() {
		return this.title;
	}

	public LocalDate getPeriodStart() {
		return this.periodStart;
	}

	public LocalDate getPeriodEnd() {
		return this.periodEnd;
	}

	public RoundStatus getStatus() {
		return this.status;
	}

	public Instant getClosedAt() {
		return this.closedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
