package eu.dhso.guidelines.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The country whose lifecycle maturity is set and the evidence for it; the levels, one
 * per lifecycle phase, are posted under the phase names.
 */
record MaturityForm(@NotNull String country, @NotBlank @Size(max = 1000) String evidence) {

	MaturityForm {
		// a score without its evidence is an opinion nobody can check: refused with a
		// message
		evidence = (evidence != null) ? evidence : "";
	}

}
