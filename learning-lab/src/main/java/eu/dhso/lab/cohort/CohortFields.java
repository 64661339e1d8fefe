package eu.dhso.lab.cohort;

import java.time.LocalDate;

/** What a trainer decides when planning a cohort. */
public record CohortFields(long versionId, String title, String countryCode, LocalDate startsOn, LocalDate endsOn,
		int capacity, int minAttendancePercent) {
}
