package eu.dhso.core.planning;

/**
 * Work-based learning plans that their parties counted toward a regional training plan:
 * the module that keeps them implements this, and the training plan's page and the
 * lifecycle count them under execution. Only counts cross: a work-based plan is private
 * to its professional and mentor.
 */
public interface WorkBasedLearningSource {

	LinkedPlans linkedTo(long trainingPlanId);

	/**
	 * @param underWay agreed plans whose activities are still being done
	 * @param completed plans whose every activity the mentor signed off
	 */
	record LinkedPlans(int underWay, int completed) {

		public static final LinkedPlans NONE = new LinkedPlans(0, 0);

		public int total() {
			return this.underWay + this.completed;
		}

		public LinkedPlans plus(LinkedPlans other) {
			return new LinkedPlans(this.underWay + other.underWay, this.completed + other.completed);
		}

	}

}
