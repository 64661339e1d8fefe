package eu.dhso.lab.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A learning outcome: a competence, the level to reach and what the participant can do.
 */
record OutcomeForm(@NotBlank String competence, @NotNull @Min(1) @Max(4) Integer level,
		@NotBlank @Size(max = 1000) String description) {
}
