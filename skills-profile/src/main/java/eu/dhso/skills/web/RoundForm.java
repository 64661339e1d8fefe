package eu.dhso.skills.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * A new maturity round: which organisation (an administrator chooses), a title, a period.
 */
record RoundForm(Long organisationId, @NotBlank @Size(max = 120) String title,
		@NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate periodStart,
		@NotNull @DateTimeFormat(iso = ISO.DATE) LocalDate periodEnd) {

}
