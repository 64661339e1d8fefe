package eu.dhso.guidelines.report;

/** Someone saved the report's draft since the administrator opened it. */
public class StaleReportDraftException extends RuntimeException {

	public StaleReportDraftException(long id) {
		super("Observatory report " + id + " changed since it was opened");
	}

}
