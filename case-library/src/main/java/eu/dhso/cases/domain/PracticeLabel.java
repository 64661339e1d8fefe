package eu.dhso.cases.domain;

/** The outcome of a criteria assessment; a case without one carries no label. */
public enum PracticeLabel {

	GOOD_PRACTICE, PROMISING_PRACTICE

}
