package eu.dhso.cases.domain;

/** The three groups of criteria of the EU Best Practice Portal. */
public enum CriterionKind {

	/** A practice failing any of these is not considered further. */
	EXCLUSION,
	/** The criteria that decide between good and promising practice. */
	CORE,
	/** Criteria that strengthen a practice's case. */
	QUALIFIER

}
