package eu.dhso.cases.domain;

/** How far the implementation had come when the case was written. */
public enum ImplementationStage {

	PILOT, SCALING, MAINSTREAM

}
