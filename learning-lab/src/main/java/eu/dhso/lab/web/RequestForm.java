package eu.dhso.lab.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What an organisation asks an expert to follow up on. */
record RequestForm(
		@NotBlank(message = "{lab.request.error.subject}") @Size(max = 200,
				message = "{lab.request.error.subject}") String subject,
		@NotBlank(message = "{lab.request.error.message}") @Size(max = 4000,
				message = "{lab.request.error.message}") String message) {

	static RequestForm blank() {
		return new RequestForm("", "");
	}

}
