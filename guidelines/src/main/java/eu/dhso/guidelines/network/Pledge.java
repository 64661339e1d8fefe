package eu.dhso.guidelines.network;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A member's public commitment: a KPI with a target and a deadline, and the progress
 * updates recorded against it. Part of the {@link NetworkMember} aggregate.
 */
@Entity
@Table(schema = "guidelines", name = "pledge")
public class Pledge {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	private String kpi;

	private BigDecimal target;

	private LocalDate deadline;

	@Column(name = "created_at")
	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "pledge_id", nullable = false, updatable = false)
	@OrderBy("reportedOn, id")
	private List<PledgeProgress> progress = new ArrayList<>();

	protected Pledge() {
	}

	Pledge(String title, String kpi, BigDecimal target, LocalDate deadline, Instant createdAt) {
		if (title == null || title.isBlank() || kpi == null || kpi.isBlank()) {
			throw new IllegalArgumentException("A pledge needs a title and a KPI");
		}
		if (target == null || target.signum() <= 0) {
			throw new IllegalArgumentException("A pledge needs a positive target");
		}
		this.title = title;
		this.kpi = kpi;
		this.target = target;
		this.deadline = deadline;
		this.createdAt = createdAt;
	}

	void report(LocalDate reportedOn, BigDecimal value, String note) {
		if (value == null || value.signum() < 0) {
			throw new IllegalArgumentException("Progress cannot be negative");
		}
		this.progress.add(new PledgeProgress(reportedOn, value, note));
	}

	/** The most recent update's value, or null before the first update. */
	public BigDecimal latest() {
		return this.progress.stream()
			.max(Comparator.comparing(PledgeProgress::getReportedOn)
				.thenComparing((p) -> (p.getId() != null) ? p.getId() : Long.MAX_VALUE))
			.map(PledgeProgress::getValue)
			.orElse(null);
	}

	public Long getId() {
		return this.id;
	}

	public String getTitle() {
		return this.title;
	}

	public String getKpi() {
		return this.kpi;
	}

	public BigDecimal getTarget() {
		return this.target;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public List<PledgeProgress> getProgress() {
		return List.copyOf(this.progress);
	}

}
