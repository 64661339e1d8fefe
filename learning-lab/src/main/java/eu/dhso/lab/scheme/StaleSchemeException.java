package eu.dhso.lab.scheme;

/**
 * Another trainer saved the scheme since this one opened it; their input must not be
 * lost, so the page answers 409 with it kept.
 */
public class StaleSchemeException extends RuntimeException {

	private final long currentVersion;

	public StaleSchemeException(long id, long currentVersion) {
		super("Scheme " + id + " changed since it was opened");
		this.currentVersion = currentVersion;
	}

	public long getCurrentVersion() {
		return this.currentVersion;
	}

}
