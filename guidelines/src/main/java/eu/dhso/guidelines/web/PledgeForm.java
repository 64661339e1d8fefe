package eu.dhso.guidelines.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A new pledge of an approved member. */
record PledgeForm(@NotBlank @Size(max = 300) String title, @NotBlank @Size(max = 300) String kpi,
		@NotNull @Positive BigDecimal target,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline) {

	static PledgeForm empty() {
		return new PledgeForm(null, null, null, null);
	}

}
