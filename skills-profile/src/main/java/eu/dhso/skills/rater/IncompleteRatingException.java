package eu.dhso.skills.rater;

/** A rater must rate every soft-skill competence before the link closes. */
public class IncompleteRatingException extends RuntimeException {

	IncompleteRatingException() {
		super("Every soft-skill competence needs a rating");
	}

}
