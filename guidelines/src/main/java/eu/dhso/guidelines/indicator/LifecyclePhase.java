package eu.dhso.guidelines.indicator;

/** The six phases of the ProMIS digital upskilling lifecycle model, in order. */
public enum LifecyclePhase {

	GOVERNANCE, DESIGN, ADDRESSING, PLANNING, EXECUTION, MONITORING

}
