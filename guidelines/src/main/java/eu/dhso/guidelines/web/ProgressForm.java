package eu.dhso.guidelines.web;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A progress update on one pledge. */
record ProgressForm(@NotNull @PositiveOrZero BigDecimal value, @Size(max = 1000) String note) {

	String noteOrNull() {
		return (this.note == null || this.note.isBlank()) ? null : this.note.strip();
	}

}
