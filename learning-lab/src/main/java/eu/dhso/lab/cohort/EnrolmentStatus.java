package eu.dhso.lab.cohort;

/**
 * Where a person stands in a cohort; the name is the message
 * {@code lab.enrolment.<NAME>}.
 */
public enum EnrolmentStatus {

	ENROLLED, WAITLISTED, WITHDRAWN

}
