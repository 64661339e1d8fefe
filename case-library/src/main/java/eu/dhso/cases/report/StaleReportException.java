package eu.dhso.cases.report;

/** Someone saved the draft report since the admin opened it. */
public class StaleReportException extends RuntimeException {

	public StaleReportException(Long id) {
		super("Report " + id + " changed since it was opened");
	}

}
