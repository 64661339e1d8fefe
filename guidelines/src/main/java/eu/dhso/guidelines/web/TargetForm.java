package eu.dhso.guidelines.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** How many people of a profession a plan targets. */
record TargetForm(@NotBlank String profession, @NotNull @Min(1) @Max(1000000) Integer people) {

	static TargetForm empty() {
		return new TargetForm(null, null);
	}

}
