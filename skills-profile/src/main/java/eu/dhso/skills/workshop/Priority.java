package eu.dhso.skills.workshop;

/**
 * How urgently a workshop asks for a need to be met; names are
 * {@code skills.workshop.priority.*}.
 */
public enum Priority {

	HIGH, MEDIUM, LOW

}
