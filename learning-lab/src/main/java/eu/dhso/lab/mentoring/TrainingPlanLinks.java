package eu.dhso.lab.mentoring;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.planning.TrainingPlanDirectory;
import eu.dhso.core.planning.TrainingPlanDirectory.PlanChoice;
import eu.dhso.core.planning.WorkBasedLearningSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work-based learning counted toward a regional training plan (ProMIS execution): the
 * plan's parties choose among the approved plans, and the training plan sees only how
 * many are under way and completed, never whose.
 */
@Service
@Transactional
public class TrainingPlanLinks implements WorkBasedLearningSource {

	private final WorkBasedPlans plans;

	private final List<TrainingPlanDirectory> directories;

	private final AuditLog audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	TrainingPlanLinks(WorkBasedPlans plans, List<TrainingPlanDirectory> directories, AuditLog audit, JdbcClient jdbc,
			Optional<Clock> clock) {
		this.plans = plans;
		this.directories = directories;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/** The approved regional training plans a work-based plan may count toward. */
	@Transactional(readOnly = true)
	public List<PlanChoice> choices() {
		return this.directories.stream().flatMap((d) -> d.approved().stream()).toList();
	}

	/**
	 * The training plan this work-based plan counts toward, for its parties and admins.
	 */
	@Transactional(readOnly = true)
	public Optional<PlanChoice> countsToward(ObservatoryUser user, long planId) {
		WorkBasedPlan plan = this.plans.findById(planId)
			.filter((p) -> p.isParty(user.getAccountId()) || user.hasRole(Role.ADMIN))
			.orElseThrow(() -> new WorkBasedPlanNotFoundException(planId));
		Long linked = plan.getTrainingPlanId();
		if (linked == null) {
			return Optional.empty();
		}
		// a plan closed since keeps its link but is named by its number only
		return Optional.of(choices().stream()
			.filter((c) -> c.id() == linked)
			.findFirst()
			.orElse(new PlanChoice(linked, "#" + linked, "")));
	}

	/**
	 * A party counts the plan toward an approved training plan, or toward none
	 * ({@code null}); anyone else gets a 404.
	 */
	public void countToward(ObservatoryUser user, long planId, Long trainingPlanId) {
		WorkBasedPlan plan = this.plans.findById(planId)
			.filter((p) -> p.isParty(user.getAccountId()))
			.orElseThrow(() -> new WorkBasedPlanNotFoundException(planId));
		if (trainingPlanId != null && choices().stream().noneMatch((c) -> c.id() == trainingPlanId)) {
			throw new MentoringRejectedException("lab.mentoring.error.trainingPlan");
		}
		plan.countToward(user.getAccountId(), trainingPlanId, this.clock.instant());
		this.plans.flush();
		this.audit.record(user.getUsername(), "lab.mentoring.countToward", "WorkBasedPlan", planId, "SUCCESS",
				(trainingPlanId != null) ? "training plan " + trainingPlanId : "no training plan");
	}

	@Override
	@Transactional(readOnly = true)
	public LinkedPlans linkedTo(long trainingPlanId) {
		return this.jdbc.sql("""
				select count(*) filter (where status = 'AGREED'), count(*) filter (where status = 'COMPLETED')
				from lab.mentoring_plan where training_plan_id = ?""")
			.param(trainingPlanId)
			.query((rs, row) -> new LinkedPlans(rs.getInt(1), rs.getInt(2)))
			.single();
	}

}
