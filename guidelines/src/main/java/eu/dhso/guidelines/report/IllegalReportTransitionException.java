package eu.dhso.guidelines.report;

/** An action the report's state does not allow, e.g. editing a published report. */
public class IllegalReportTransitionException extends IllegalStateException {

	IllegalReportTransitionException(ReportStatus from, ReportStatus to) {
		super("An observatory report cannot move from " + from + " to " + to);
	}

	IllegalReportTransitionException(String message) {
		super(message);
	}

}
