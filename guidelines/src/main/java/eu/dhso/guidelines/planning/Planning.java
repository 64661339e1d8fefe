package eu.dhso.guidelines.planning;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.planning.PlanExecutionSource;
import eu.dhso.core.planning.PlanExecutionSource.Execution;
import eu.dhso.core.planning.PlanExecutionSource.PlanCohort;
import eu.dhso.core.planning.PlanExecutionSource.PublishedScheme;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.planning.WorkBasedLearningSource;
import eu.dhso.core.planning.WorkBasedLearningSource.LinkedPlans;
import eu.dhso.guidelines.governance.Region;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Regional training plans: administrators draft, approve and close them, link the lab's
 * cohorts and record monitoring; the public reads approved and closed plans only. What
 * the cohorts achieved comes from the lab through core's {@link PlanExecutionSource}.
 */
@Service
@Transactional
public class Planning {

	private final TrainingPlans plans;

	private final PlanExecutionSource lab;

	private final List<WorkBasedLearningSource> workBased;

	private final AuditLog audit;

	private final Clock clock;

	private final DisclosureControl disclosure;

	Planning(TrainingPlans plans, PlanExecutionSource lab, List<WorkBasedLearningSource> workBased, AuditLog audit,
			DisclosureControl disclosure, Optional<Clock> clock) {
		this.plans = plans;
		this.disclosure = disclosure;
		this.lab = lab;
		this.workBased = workBased;
		this.audit = audit;
		this.clock = clock.orElseGet(Clock::systemUTC);
	}

	@Transactional(readOnly = true)
	public List<TrainingPlan.View> plans(boolean manager) {
		List<TrainingPlan> found = manager ? this.plans.findAllByOrderByCountryCodeAscRegionAscStartsOnDesc()
				: this.plans.findByStatusInOrderByCountryCodeAscRegionAscStartsOnDesc(
						EnumSet.of(PlanStatus.APPROVED, PlanStatus.CLOSED));
		return found.stream().map(TrainingPlan::view).toList();
	}

	/** A plan the reader may see: drafts only for managers. */
	@Transactional(readOnly = true)
	public TrainingPlan.View plan(long id, boolean manager) {
		return this.plans.findById(id)
			.filter((p) -> manager || p.getStatus().isPublic())
			.map(TrainingPlan::view)
			.orElseThrow(() -> new PlanNotFoundException(id));
	}

	/** Plan against actual for one plan: the lab's released figures and the money. */
	@Transactional(readOnly = true)
	public Monitoring monitoring(TrainingPlan.View plan) {
		Execution execution = this.lab.execution(plan.cohorts());
		LinkedPlans wbl = this.workBased.stream()
			.map((s) -> s.linkedTo(plan.id()))
			.reduce(LinkedPlans.NONE, LinkedPlans::plus);
		return new Monitoring(plan, execution, wbl, this.disclosure.minGroupSize());
	}

	public List<PublishedScheme> publishedSchemes() {
		return this.lab.publishedSchemes();
	}

	public List<PlanCohort> cohorts() {
		return this.lab.cohorts();
	}

	public long create(String title, Region region, LocalDate startsOn, LocalDate endsOn, String objectives,
			String actor) {
		TrainingPlan plan = this.plans
			.save(new TrainingPlan(title, region, startsOn, endsOn, objectives, this.clock.instant()));
		this.plans.flush();
		this.audit.record(actor, "PLAN_CREATE", "training-plan", plan.getId(), "SUCCESS", region.key());
		return plan.getId();
	}

	public void target(long id, String professionCode, int people, String actor) {
		change(id, null, "PLAN_TARGET", actor, (p) -> p.target(professionCode, people));
	}

	public void fund(long id, FundingSource source, BigDecimal amount, String note, String actor) {
		change(id, null, "PLAN_FUNDING", actor, (p) -> p.fund(source, amount, note));
	}

	public void address(long id, long version, Set<String> competences, Set<Long> schemes, String actor) {
		change(id, version, "PLAN_ADDRESS", actor, (p) -> p.address(competences, schemes));
	}

	public void linkCohorts(long id, long version, Set<Long> cohorts, String actor) {
		change(id, version, "PLAN_COHORTS", actor, (p) -> p.linkCohorts(cohorts));
	}

	public void approve(long id, long version, String actor) {
		change(id, version, "PLAN_APPROVE", actor, (p) -> p.approve(this.clock.instant()));
	}

	public void close(long id, long version, String actor) {
		change(id, version, "PLAN_CLOSE", actor, (p) -> p.close(this.clock.instant()));
	}

	public void review(long id, LocalDate reviewedOn, BigDecimal spent, String note, String actor) {
		change(id, null, "PLAN_REVIEW", actor, (p) -> p.review(reviewedOn, spent, note));
	}

	public void recordAction(long id, LocalDate recordedOn, String text, String owner, String actor) {
		change(id, null, "PLAN_ACTION", actor, (p) -> p.recordAction(recordedOn, text, owner));
	}

	public void moveAction(long id, long actionId, ActionStatus status, String actor) {
		change(id, null, "PLAN_ACTION_STATUS", actor, (p) -> p.moveAction(actionId, status));
	}

	private void change(long id, Long expectedVersion, String action, String actor, Consumer<TrainingPlan> step) {
		TrainingPlan plan = this.plans.findById(id).orElseThrow(() -> new PlanNotFoundException(id));
		if (expectedVersion != null && plan.getVersion() != expectedVersion) {
			throw new StalePlanException(id);
		}
		step.accept(plan);
		this.plans.flush();
		this.audit.record(actor, action, "training-plan", id, "SUCCESS", null);
	}

	/**
	 * One plan against what happened: people trained against the target, completion and
	 * gain as the lab releases them, spend against funding.
	 */
	public record Monitoring(TrainingPlan.View plan, Execution execution, LinkedPlans workBasedPlans,
			int minGroupSize) {

		/**
		 * Work-based plans are counted on the page only from the smallest group size on:
		 * each is one professional's.
		 */
		public boolean workBasedShown() {
			return this.workBasedPlans.total() >= this.minGroupSize;
		}

		/** Spend as a share of the funding, whole per cent, or null without funding. */
		public Integer spentPercent() {
			BigDecimal total = this.plan.fundingTotal();
			if (total.signum() <= 0) {
				return null;
			}
			return this.plan.spent()
				.multiply(BigDecimal.valueOf(100))
				.divide(total, 0, java.math.RoundingMode.HALF_UP)
				.intValue();
		}

		/** People trained (released, rounded) as a share of the target, or null. */
		public Integer trainedPercent() {
			int target = this.plan.targetPeople();
			if (target <= 0 || !this.execution.finished().shown()) {
				return null;
			}
			return (int) Math.round(this.execution.finished().value() * 100 / target);
		}

		/** Started cohorts or running work-based plans: the plan is being carried out. */
		public boolean executing() {
			return this.execution.started() > 0 || this.workBasedPlans.total() > 0;
		}

	}

}
