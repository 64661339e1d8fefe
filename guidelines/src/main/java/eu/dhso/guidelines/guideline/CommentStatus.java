package eu.dhso.guidelines.guideline;

/**
 * A consultation comment: open, resolved by an editor, or hidden for breaking the rules.
 */
public enum CommentStatus {

	OPEN, RESOLVED, HIDDEN

}
