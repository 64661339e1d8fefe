package eu.dhso.lab.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why an editor sends a scheme back: its trainers read it on their page. */
record SendBackForm(@NotBlank(message = "{lab.review.error.reason}") @Size(max = 2000,
		message = "{lab.review.error.reason}") String reason) {
}
