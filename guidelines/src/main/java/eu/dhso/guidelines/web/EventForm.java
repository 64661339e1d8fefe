package eu.dhso.guidelines.web;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import eu.dhso.guidelines.event.Event.NewEvent;
import eu.dhso.guidelines.event.EventKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A new event, planned by an administrator; times are UTC. */
record EventForm(@NotNull @Pattern(regexp = "[a-z0-9][a-z0-9-]{2,79}") String slug,
		@NotBlank @Size(max = 300) String title, @NotNull EventKind kind,
		@Pattern(regexp = "([A-Z]{2})?") String country,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
		@Size(max = 300) String place, @Pattern(regexp = "(https://\\S{4,290})?") String onlineLink, String agenda,
		@NotNull @Positive Integer capacity) {

	static EventForm empty() {
		return new EventForm(null, null, null, null, null, null, null, null, null, null);
	}

	boolean endsBeforeItStarts() {
		return this.startsAt != null && this.endsAt != null && !this.endsAt.isAfter(this.startsAt);
	}

	NewEvent toNewEvent() {
		return new NewEvent(this.slug, this.title.strip(), this.kind, blankToNull(this.country),
				this.startsAt.toInstant(ZoneOffset.UTC), this.endsAt.toInstant(ZoneOffset.UTC), blankToNull(this.place),
				blankToNull(this.onlineLink), blankToNull(this.agenda), this.capacity);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

}
