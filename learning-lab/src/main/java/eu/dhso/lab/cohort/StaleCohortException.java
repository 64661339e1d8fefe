package eu.dhso.lab.cohort;

/**
 * Another trainer changed the cohort's settings since this one opened them; their input
 * must not be lost, so the page answers 409 with it kept.
 */
public class StaleCohortException extends RuntimeException {

	private final long currentVersion;

	public StaleCohortException(long id, long currentVersion) {
		super("Cohort " + id + " changed since it was opened");
		this.currentVersion = currentVersion;
	}

	public long getCurrentVersion() {
		return this.currentVersion;
	}

}
