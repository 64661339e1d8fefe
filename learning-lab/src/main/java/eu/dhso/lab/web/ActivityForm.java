package eu.dhso.lab.web;

import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.Delivery;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An activity of a module; only a case study cites an interview case. */
record ActivityForm(@NotBlank @Size(max = 200) String title, @NotNull ActivityType type, @NotNull Delivery delivery,
		@NotNull @Min(1) @Max(10000) Integer minutes, Long caseId) {
}
