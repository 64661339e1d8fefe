package eu.dhso.lab.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The expert's answer: accept or decline, always with a message. */
record AnswerForm(@NotNull(message = "{lab.request.error.decision}") Boolean accept,
		@NotBlank(message = "{lab.request.error.answer}") @Size(max = 4000,
				message = "{lab.request.error.answer}") String message) {

	static AnswerForm blank() {
		return new AnswerForm(null, "");
	}

}
