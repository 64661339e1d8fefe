package eu.dhso.core.planning;

import java.util.List;

/**
 * The approved regional training plans, for the modules whose activities count toward one
 * (a work-based learning plan names the plan it belongs to). Implemented by the module
 * that keeps the plans.
 */
public interface TrainingPlanDirectory {

	/** Approved plans, by country and region. */
	List<PlanChoice> approved();

	/**
	 * @param region the country's name and, where the plan has one, its region
	 */
	record PlanChoice(long id, String title, String region) {
	}

}
