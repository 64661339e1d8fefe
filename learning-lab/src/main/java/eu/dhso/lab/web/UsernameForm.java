package eu.dhso.lab.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The username of someone a trainer invites or adds as a trainer. */
record UsernameForm(@NotBlank(message = "{lab.cohort.error.username}") @Size(max = 60,
		message = "{lab.cohort.error.username}") String username) {

	static UsernameForm blank() {
		return new UsernameForm("");
	}

}
