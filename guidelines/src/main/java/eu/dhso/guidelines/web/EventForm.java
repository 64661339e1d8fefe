package eu.dhso.guidelines.web;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

import eu.dhso.guidelines.event.Event.EventView;
import eu.dhso.guidelines.event.Event.NewEvent;
import eu.dhso.guidelines.event.EventKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/** A new event, planned by an administrator; times are UTC. */
record EventForm(@Pattern(regexp = "[a-z0-9][a-z0-9-]{2,79}") String slug, @NotBlank @Size(max = 300) String title,
		@NotNull EventKind kind, @Pattern(regexp = "([A-Z]{2})?") String country,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime startsAt,
		@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime endsAt,
		@Size(max = 300) String place, @Pattern(regexp = "(https://\\S{4,290})?") String onlineLink, String agenda,
		@NotNull @Positive Integer capacity, Long version) {

	static EventForm empty() {
		return new EventForm(null, null, null, null, null, null, null, null, null, null, 0L);
	}

	static EventForm of(EventView event) {
		return new EventForm(event.slug(), event.title(), event.kind(), event.countryCode(),
				LocalDateTime.ofInstant(event.startsAt(), ZoneOffset.UTC),
				LocalDateTime.ofInstant(event.endsAt(), ZoneOffset.UTC), event.place(), event.onlineLink(),
				event.agenda(), event.capacity(), event.version());
	}

	EventForm withVersion(long version) {
		return new EventForm(this.slug, this.title, this.kind, this.country, this.startsAt, this.endsAt, this.place,
				this.onlineLink, this.agenda, this.capacity, version);
	}

	boolean endsBeforeItStarts() {
		return this.startsAt != null && this.endsAt != null && !this.endsAt.isAfter(this.startsAt);
	}

	NewEvent toNewEvent() {
		return toNewEvent(this.slug);
	}

	NewEvent toNewEvent(String slug) {
		return new NewEvent(slug, this.title.strip(), this.kind, blankToNull(this.country),
				this.startsAt.toInstant(ZoneOffset.UTC), this.endsAt.toInstant(ZoneOffset.UTC), blankToNull(this.place),
				blankToNull(this.onlineLink), blankToNull(this.agenda), this.capacity);
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text;
	}

	/** The version the form was opened on; a form without one is treated as stale. */
	long expectedVersion() {
		return (this.version != null) ? this.version : -1;
	}

}
