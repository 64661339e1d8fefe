package eu.dhso.lab.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An administrator's assignment outside the certification rule, and why. */
record OverrideForm(
		@NotBlank(message = "{lab.cohort.error.username}") @Size(max = 60,
				message = "{lab.cohort.error.username}") String username,
		@NotBlank(message = "{lab.override.error.reason}") @Size(max = 500,
				message = "{lab.override.error.reason}") String reason) {

	static OverrideForm blank() {
		return new OverrideForm("", "");
	}

}
