package eu.dhso.guidelines.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A policy indicator of a country for a period, with where the figure comes from. */
record PolicyIndicatorForm(@NotNull @Pattern(regexp = "[a-z0-9\\-]{2,60}") String code, @NotNull String country,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate periodEnd, @NotNull BigDecimal value,
		@NotBlank @Size(max = 500) String source) {

}
