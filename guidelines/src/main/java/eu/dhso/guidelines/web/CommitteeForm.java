package eu.dhso.guidelines.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new steering committee: its country, optional region, name and mandate. */
record CommitteeForm(@NotBlank @Pattern(regexp = "[A-Z]{2}") String country, @Size(max = 100) String region,
		@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 4000) String mandate) {

	static CommitteeForm empty() {
		return new CommitteeForm(null, null, null, null);
	}

}
