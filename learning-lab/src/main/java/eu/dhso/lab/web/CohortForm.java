package eu.dhso.lab.web;

import java.time.LocalDate;

import eu.dhso.lab.cohort.CohortFields;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A new cohort as a trainer plans it. */
record CohortForm(@NotNull(message = "{lab.cohort.error.version}") Long versionId,
		@NotBlank(message = "{lab.cohort.error.title}") @Size(max = 200,
				message = "{lab.cohort.error.title}") String title,
		@NotBlank(message = "{lab.cohort.error.country}") @Pattern(regexp = "[A-Z]{2}",
				message = "{lab.cohort.error.country}") String country,
		@NotNull(message = "{lab.cohort.error.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startsOn,
		@NotNull(message = "{lab.cohort.error.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endsOn,
		@NotNull(message = "{lab.cohort.error.capacity}") @Min(value = 1, message = "{lab.cohort.error.capacity}") @Max(
				value = 500, message = "{lab.cohort.error.capacity}") Integer capacity,
		@NotNull(message = "{lab.cohort.error.attendance}") @Min(value = 0,
				message = "{lab.cohort.error.attendance}") @Max(value = 100,
						message = "{lab.cohort.error.attendance}") Integer minAttendance) {

	CohortForm {
		capacity = (capacity != null) ? capacity : 25;
		minAttendance = (minAttendance != null) ? minAttendance : 80;
	}

	static CohortForm blank(LocalDate today) {
		return new CohortForm(null, "", "", today, today.plusWeeks(6), 25, 80);
	}

	CohortFields fields() {
		return new CohortFields(this.versionId, this.title.strip(), this.country, this.startsOn, this.endsOn,
				this.capacity, this.minAttendance);
	}

}
