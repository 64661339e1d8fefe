package eu.dhso.lab.scheme;

/** Another scheme of the same organisation already has this title. */
public class SchemeTitleTakenException extends RuntimeException {

	public SchemeTitleTakenException(String title) {
		super("A scheme of this organisation is already called " + title);
	}

}
