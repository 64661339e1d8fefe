package eu.dhso.guidelines.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A committee meeting; its minutes stay with the managers until published. */
record MeetingForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate heldOn,
		@NotBlank @Size(max = 4000) String agenda, @Size(max = 20000) String minutes) {

	static MeetingForm empty() {
		return new MeetingForm(null, null, null);
	}

}
