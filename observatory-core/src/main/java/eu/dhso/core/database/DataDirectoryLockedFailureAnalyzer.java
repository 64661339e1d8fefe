package eu.dhso.core.database;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

class DataDirectoryLockedFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryLockedException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryLockedException cause) {
		return new FailureAnalysis(cause.getMessage() + ".",
				"Stop the other instance of the observatory, or give this one its own directory with "
						+ "--dhso.database.data-directory=<path>.",
				cause);
	}

}
