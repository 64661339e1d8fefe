package eu.dhso.lab.web;

import java.time.LocalDate;
import java.time.LocalTime;

import eu.dhso.lab.cohort.SessionFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A session as a trainer plans it, in the cohort's local time. */
record SessionForm(
		@NotBlank(message = "{lab.session.error.fields}") @Size(max = 200,
				message = "{lab.session.error.fields}") String title,
		@NotNull(message = "{lab.cohort.error.date}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
		@NotNull(message = "{lab.session.error.time}") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime start,
		@NotNull(message = "{lab.session.error.time}") @DateTimeFormat(iso = DateTimeFormat.ISO.TIME) LocalTime end,
		@Size(max = 200, message = "{lab.session.error.location}") String location, Long moduleId) {

	SessionForm {
		location = (location != null) ? location.strip() : "";
	}

	static SessionForm blank(LocalDate date) {
		return new SessionForm("", date, LocalTime.of(9, 0), LocalTime.of(12, 0), "", null);
	}

	SessionFields fields() {
		return new SessionFields(this.title.strip(), this.date, this.start, this.end, this.location, this.moduleId);
	}

}
