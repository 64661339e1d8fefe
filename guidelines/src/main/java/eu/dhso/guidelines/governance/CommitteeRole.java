package eu.dhso.guidelines.governance;

/**
 * A member's role in a steering committee; shown as
 * {@code guidelines.committee.role.<NAME>}.
 */
public enum CommitteeRole {

	CHAIR, VICE_CHAIR, SECRETARY, MEMBER, OBSERVER

}
