package eu.dhso.guidelines.planning;

/**
 * A corrective action's progress; shown as {@code guidelines.plan.action.status.<NAME>}.
 */
public enum ActionStatus {

	OPEN, IN_PROGRESS, DONE

}
