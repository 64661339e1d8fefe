package eu.dhso.lab.mentoring;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.dhso.core.directory.People;
import eu.dhso.core.verification.VerifiedCompetenceSource;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The levels a professional reached through completed work-based learning plans: each
 * signed-off activity's target level for its competences, verified by the plan's mentor
 * on the day of the sign-off. Per competence the highest level counts, and of equal ones
 * the latest.
 */
@Component
class MentorVerifiedLevels implements VerifiedCompetenceSource {

	private final WorkBasedPlans plans;

	private final People people;

	MentorVerifiedLevels(WorkBasedPlans plans, People people) {
		this.plans = plans;
		this.people = people;
	}

	@Override
	@Transactional(readOnly = true)
	public List<VerifiedCompetence> verifiedFor(long accountId) {
		Map<String, VerifiedCompetence> best = new TreeMap<>();
		Comparator<VerifiedCompetence> order = Comparator.comparingInt(VerifiedCompetence::level)
			.thenComparing(VerifiedCompetence::verifiedOn);
		for (WorkBasedPlan plan : this.plans.completedOf(accountId)) {
			String mentor = this.people.displayName(plan.getMentorId()).orElse("");
			for (PlanActivity activity : plan.getActivities()) {
				if (!activity.isSignedOff()) {
					continue;
				}
				for (String code : activity.getCompetences()) {
					VerifiedCompetence candidate = new VerifiedCompetence(code, activity.getTargetLevel(), mentor,
							activity.getSignedOffAt().atZone(ZoneOffset.UTC).toLocalDate());
					best.merge(code, candidate, (a, b) -> (order.compare(b, a) >= 0) ? b : a);
				}
			}
		}
		return List.copyOf(best.values());
	}

}
