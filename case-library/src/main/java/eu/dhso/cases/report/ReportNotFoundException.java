package eu.dhso.cases.report;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such report, or a draft asked for by the public: both 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class ReportNotFoundException extends RuntimeException {

	public ReportNotFoundException(Long id) {
		super("No report " + id);
	}

}
