package eu.dhso.cases.web;

import jakarta.validation.constraints.Size;

/**
 * The editor's general comment when sending a case back; comments on single fields are
 * posted under one name per field.
 */
record ChangeRequestForm(@Size(max = 2000) String comment) {

	ChangeRequestForm {
		comment = (comment != null) ? comment : "";
	}

}
