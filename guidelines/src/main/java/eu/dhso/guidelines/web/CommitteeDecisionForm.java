package eu.dhso.guidelines.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A committee decision, recorded as a draft. */
record CommitteeDecisionForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
		@NotBlank @Size(max = 4000) String text) {

	static CommitteeDecisionForm empty() {
		return new CommitteeDecisionForm(null, null);
	}

}
