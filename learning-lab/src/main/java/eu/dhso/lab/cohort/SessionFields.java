package eu.dhso.lab.cohort;

import java.time.LocalDate;
import java.time.LocalTime;

/** A session as a trainer plans it, in the cohort's local time. */
public record SessionFields(String title, LocalDate date, LocalTime start, LocalTime end, String location,
		Long moduleId) {
}
