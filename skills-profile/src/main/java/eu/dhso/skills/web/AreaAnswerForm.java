package eu.dhso.skills.web;

import jakarta.validation.constraints.Size;

/**
 * Where the person goes after saving the answers of an area: next (the default),
 * previous, review or stop. The answers themselves are posted under one name per item.
 */
record AreaAnswerForm(@Size(max = 20) String action) {

	AreaAnswerForm {
		action = (action != null) ? action : "next";
	}

}
