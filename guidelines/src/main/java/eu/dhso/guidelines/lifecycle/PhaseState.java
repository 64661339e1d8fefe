package eu.dhso.guidelines.lifecycle;

/**
 * How far a region is in one lifecycle phase; shown as
 * {@code guidelines.lifecycle.state.<NAME>}.
 */
public enum PhaseState {

	NOT_STARTED, UNDER_WAY, IN_PLACE

}
