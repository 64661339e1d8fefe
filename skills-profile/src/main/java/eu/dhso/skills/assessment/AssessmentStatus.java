package eu.dhso.skills.assessment;

/** An attempt is open until its owner submits it; after that it never changes. */
public enum AssessmentStatus {

	IN_PROGRESS, SUBMITTED

}
