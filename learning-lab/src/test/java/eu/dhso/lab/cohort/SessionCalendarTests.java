package eu.dhso.lab.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import eu.dhso.lab.cohort.CohortViews.CohortSummary;
import eu.dhso.lab.cohort.CohortViews.SessionSlot;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCalendarTests {

	@Test
	void sessionsBecomeUtcEventsWithEscapedFoldedText() {
		CohortSummary cohort = new CohortSummary(7, 1, 1, 2, "Digital soft skills", "Vilnius pilot, spring", "LT",
				LocalDate.of(2026, 3, 2), LocalDate.of(2026, 4, 13), 25, true, 80, null, 1, 0, 0);
		SessionSlot session = new SessionSlot(42, 7, "Session 1: Talking with patients; screens, video & phone",
				Instant.parse("2026-03-02T07:30:00Z"), Instant.parse("2026-03-02T11:00:00Z"),
				"Real-living lab, room 2, Santariškių g. 2, Vilnius, a location name that is long enough to need folding",
				null);
		String ics = SessionCalendar.write(cohort, List.of(session), "dhso.example",
				Instant.parse("2026-02-01T00:00:00Z"));
		assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").contains("VERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
		assertThat(ics).contains("DTSTART:20260302T073000Z").contains("DTEND:20260302T110000Z");
		assertThat(ics).contains("UID:dhso-lab-session-42@dhso.example");
		assertThat(ics).contains("SUMMARY:Session 1: Talking with patients\\; screens\\, video & phone");
		String unfolded = ics.replace("\r\n ", "");
		assertThat(unfolded)
			.contains("LOCATION:Real-living lab\\, room 2\\, Santariškių g. 2\\, Vilnius\\, a location");
		for (String line : ics.split("\r\n")) {
			assertThat(line.getBytes(java.nio.charset.StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
	}

}
