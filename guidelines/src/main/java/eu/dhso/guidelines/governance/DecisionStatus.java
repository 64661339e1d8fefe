package eu.dhso.guidelines.governance;

/**
 * A committee decision is a draft until published; only published decisions leave the
 * managers' pages. Shown as {@code guidelines.decision.status.<NAME>}.
 */
public enum DecisionStatus {

	DRAFT, PUBLISHED

}
