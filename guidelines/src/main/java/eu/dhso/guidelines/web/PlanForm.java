package eu.dhso.guidelines.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A new regional training plan: title, region, period and objectives. */
record PlanForm(@NotBlank @Size(max = 200) String title, @NotBlank @Pattern(regexp = "[A-Z]{2}") String country,
		@Size(max = 100) String region, @NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
		@NotBlank @Size(max = 4000) String objectives) {

	static PlanForm empty() {
		return new PlanForm(null, null, null, null, null, null);
	}

	/** Whether the period ends before it starts (refused next to the end date). */
	boolean endsBeforeStart() {
		return this.startsOn != null && this.endsOn != null && this.endsOn.isBefore(this.startsOn);
	}

}
