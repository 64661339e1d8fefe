package eu.dhso.skills.rater;

/**
 * The professional opened one of their own rater links: answering it would let them
 * subtract their own answers from the means and read the others'.
 */
public class OwnRaterLinkException extends RuntimeException {

	OwnRaterLinkException() {
		super("A professional cannot answer their own rater link");
	}

}
