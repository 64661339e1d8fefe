package eu.dhso.cases.workflow;

/** Someone saved the case since the user opened it; the user's input must not be lost. */
public class StaleCaseException extends RuntimeException {

	private final long currentVersion;

	public StaleCaseException(Long id, long currentVersion) {
		super("Case " + id + " changed since it was opened");
		this.currentVersion = currentVersion;
	}

	public long getCurrentVersion() {
		return this.currentVersion;
	}

}
