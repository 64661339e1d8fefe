package eu.dhso.guidelines.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A corrective action decided in monitoring, with who carries it out. */
record CorrectiveActionForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordedOn,
		@NotBlank @Size(max = 2000) String text, @NotBlank @Size(max = 200) String owner) {

	static CorrectiveActionForm empty() {
		return new CorrectiveActionForm(null, null, null);
	}

}
