package eu.dhso.skills.rater;

/** How a rater knows the professional. */
public enum RaterRelation {

	COLLEAGUE, MANAGER, PATIENT_REPRESENTATIVE

}
