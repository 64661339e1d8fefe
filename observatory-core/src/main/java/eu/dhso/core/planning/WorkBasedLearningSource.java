package eu.dhso.core.planning;

import java.util.List;

/**
 * Extension point for work-based learning plans that name a regional training plan (their
 * nullable {@code training_plan_id}): the module that keeps them implements this, and the
 * plan's page lists them under execution. Without an implementation the list is empty.
 */
public interface WorkBasedLearningSource {

	/** The work-based plans linked to this training plan, as anyone may see them. */
	List<WorkBasedPlan> linkedTo(long trainingPlanId);

	/**
	 * @param running whether the plan is under way or finished (it counts for execution)
	 * @param link its page, relative to the site
	 */
	record WorkBasedPlan(long id, String title, boolean running, String link) {
	}

}
