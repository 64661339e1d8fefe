package eu.dhso.guidelines.planning;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import eu.dhso.guidelines.governance.Region;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A regional training plan (ProMIS planning): objectives, target professions and numbers,
 * the competences addressed, the lab's schemes used and the funding lines. It is drafted,
 * approved once it has objectives, targets and funding, and closed when its period is
 * over. Cohorts, spend, reviews and corrective actions (execution and monitoring) belong
 * to an approved plan; a closed plan no longer changes.
 */
@Entity
@Table(schema = "guidelines", name = "training_plan")
public class TrainingPlan {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String title;

	@Column(name = "country_code")
	private String countryCode;

	private String region;

	@Column(name = "starts_on")
	private LocalDate startsOn;

	@Column(name = "ends_on")
	private LocalDate endsOn;

	private String objectives;

	@Enumerated(EnumType.STRING)
	private PlanStatus status;

	private BigDecimal spent;

	@Column(name = "reviewed_on")
	private LocalDate reviewedOn;

	@Column(name = "review_note")
	private String reviewNote;

	@Column(name = "approved_at")
	private Instant approvedAt;

	@Column(name = "closed_at")
	private Instant closedAt;

	@Column(name = "created_at")
	private Instant createdAt;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "plan_id", nullable = false, updatable = false)
	private List<PlanTarget> targets = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "plan_id", nullable = false, updatable = false)
	private List<PlanFunding> funding = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "plan_id", nullable = false, updatable = false)
	private List<CorrectiveAction> actions = new ArrayList<>();

	@ElementCollection
	@CollectionTable(schema = "guidelines", name = "plan_competence", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "competence_code")
	private Set<String> competences = new TreeSet<>();

	@ElementCollection
	@CollectionTable(schema = "guidelines", name = "plan_scheme", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "scheme_id")
	private Set<Long> schemes = new TreeSet<>();

	@ElementCollection
	@CollectionTable(schema = "guidelines", name = "plan_cohort", joinColumns = @JoinColumn(name = "plan_id"))
	@Column(name = "cohort_id")
	private Set<Long> cohorts = new TreeSet<>();

	@Version
	private long version;

	protected TrainingPlan() {
	}

	public TrainingPlan(String title, Region region, LocalDate startsOn, LocalDate endsOn, String objectives,
			Instant at) {
		if (endsOn.isBefore(startsOn)) {
			throw new IllegalArgumentException("A plan ends after it starts");
		}
		this.title = title;
		this.countryCode = region.countryCode();
		this.region = region.name();
		this.startsOn = startsOn;
		this.endsOn = endsOn;
		this.objectives = objectives;
		this.status = PlanStatus.DRAFT;
		this.spent = BigDecimal.ZERO;
		this.createdAt = at;
	}

	/** Sets (or replaces) the number of people of a profession the plan targets. */
	public void target(String professionCode, int people) {
		requireDraft();
		if (people <= 0) {
			throw new IllegalArgumentException("A target is a positive number of people");
		}
		this.targets.stream()
			.filter((t) -> t.getProfessionCode().equals(professionCode))
			.findFirst()
			.ifPresentOrElse((t) -> t.setPeople(people),
					() -> this.targets.add(new PlanTarget(professionCode, people)));
	}

	public void fund(FundingSource source, BigDecimal amount, String note) {
		requireDraft();
		if (amount == null || amount.signum() <= 0) {
			throw new IllegalArgumentException("A funding line has a positive amount");
		}
		this.funding.add(new PlanFunding(source, amount, note));
	}

	/** The competences and schemes a plan addresses are fixed once it is approved. */
	public void address(Set<String> competenceCodes, Set<Long> schemeIds) {
		requireDraft();
		this.competences.clear();
		this.competences.addAll(competenceCodes);
		this.schemes.clear();
		this.schemes.addAll(schemeIds);
	}

	/** Cohorts are linked while the plan is drafted or runs. */
	public void linkCohorts(Set<Long> cohortIds) {
		requireOpen();
		this.cohorts.clear();
		this.cohorts.addAll(cohortIds);
	}

	/** Approval needs objectives, at least one target and one funding line. */
	public void approve(Instant at) {
		move(PlanStatus.APPROVED);
		if (this.objectives == null || this.objectives.isBlank() || this.targets.isEmpty() || this.funding.isEmpty()) {
			throw new IllegalPlanTransitionException("Plan " + this.id + " lacks objectives, targets or funding");
		}
		this.status = PlanStatus.APPROVED;
		this.approvedAt = at;
	}

	public void close(Instant at) {
		move(PlanStatus.CLOSED);
		this.status = PlanStatus.CLOSED;
		this.closedAt = at;
	}

	/** Monitoring: spend so far and the day plan and actual were compared. */
	public void review(LocalDate reviewedOn, BigDecimal spent, String note) {
		requireApproved();
		if (spent == null || spent.signum() < 0) {
			throw new IllegalArgumentException("Spend is zero or more");
		}
		this.reviewedOn = reviewedOn;
		this.spent = spent;
		this.reviewNote = note;
	}

	public void recordAction(LocalDate recordedOn, String text, String owner) {
		requireApproved();
		this.actions.add(new CorrectiveAction(recordedOn, text, owner));
	}

	public void moveAction(long actionId, ActionStatus status) {
		requireApproved();
		this.actions.stream()
			.filter((a) -> a.getId() != null && a.getId() == actionId)
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No action " + actionId + " in plan " + this.id))
			.setStatus(status);
	}

	private void move(PlanStatus target) {
		if (!this.status.canMoveTo(target)) {
			throw new IllegalPlanTransitionException(
					"Plan " + this.id + " cannot move from " + this.status + " to " + target);
		}
	}

	private void requireDraft() {
		if (this.status != PlanStatus.DRAFT) {
			throw new IllegalPlanTransitionException("Plan " + this.id + " is no longer a draft");
		}
	}

	private void requireApproved() {
		if (this.status != PlanStatus.APPROVED) {
			throw new IllegalPlanTransitionException("Plan " + this.id + " is not running");
		}
	}

	private void requireOpen() {
		if (this.status == PlanStatus.CLOSED) {
			throw new IllegalPlanTransitionException("Plan " + this.id + " is closed");
		}
	}

	public Long getId() {
		return this.id;
	}

	public PlanStatus getStatus() {
		return this.status;
	}

	public long getVersion() {
		return this.version;
	}

	public View view() {
		return new View(this.id, this.title, new Region(this.countryCode, this.region), this.startsOn, this.endsOn,
				this.objectives, this.status, this.targets.stream().map(PlanTarget::view).toList(),
				List.copyOf(this.competences), List.copyOf(this.schemes), List.copyOf(this.cohorts),
				this.funding.stream().map(PlanFunding::view).toList(), this.spent, this.reviewedOn, this.reviewNote,
				this.actions.stream()
					.map(CorrectiveAction::view)
					.sorted(Comparator.comparing(Action::recordedOn).reversed())
					.toList(),
				this.approvedAt, this.version);
	}

	public record View(Long id, String title, Region region, LocalDate startsOn, LocalDate endsOn, String objectives,
			PlanStatus status, List<Target> targets, List<String> competences, List<Long> schemes, List<Long> cohorts,
			List<Funding> funding, BigDecimal spent, LocalDate reviewedOn, String reviewNote, List<Action> actions,
			Instant approvedAt, long version) {

		public int targetPeople() {
			return this.targets.stream().mapToInt(Target::people).sum();
		}

		public BigDecimal fundingTotal() {
			return this.funding.stream().map(Funding::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		}

	}

	public record Target(String professionCode, int people) {
	}

	public record Funding(Long id, FundingSource source, BigDecimal amount, String note) {
	}

	public record Action(Long id, LocalDate recordedOn, String text, String owner, ActionStatus status) {
	}

}
