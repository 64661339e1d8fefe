package eu.dhso.guidelines.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A participant's rating of an event, with an optional comment. */
record EventFeedbackForm(@NotNull @Min(1) @Max(5) Integer rating, @Size(max = 2000) String text) {

	EventFeedbackForm {
		text = (text != null) ? text : "";
	}

}
