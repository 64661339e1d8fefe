package eu.dhso.guidelines.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A monitoring review: the day plan and actual were compared and the spend so far. */
record ReviewForm(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate reviewedOn,
		@NotNull @DecimalMin("0") @DecimalMax("999999999999.99") @Digits(integer = 12, fraction = 2) BigDecimal spent,
		@Size(max = 2000) String note) {

	static ReviewForm empty() {
		return new ReviewForm(null, null, null);
	}

}
