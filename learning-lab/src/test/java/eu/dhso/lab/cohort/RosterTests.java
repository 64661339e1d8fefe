package eu.dhso.lab.cohort;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import eu.dhso.lab.cohort.Roster.Place;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RosterTests {

	static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

	@Test
	void aRequestTakesAFreePlaceAndJoinsTheWaitlistWhenFull() {
		assertThat(Roster.statusForRequest(25, 0)).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(Roster.statusForRequest(25, 24)).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(Roster.statusForRequest(25, 25)).isEqualTo(EnrolmentStatus.WAITLISTED);
		assertThat(Roster.statusForRequest(1, 3)).isEqualTo(EnrolmentStatus.WAITLISTED);
	}

	@Test
	void freePlacesGoToTheWaitlistInTheOrderPeopleAsked() {
		List<Place> places = new ArrayList<>();
		places.add(new Place(1, EnrolmentStatus.ENROLLED, T0));
		places.add(new Place(2, EnrolmentStatus.WITHDRAWN, T0.plusSeconds(10)));
		places.add(new Place(5, EnrolmentStatus.WAITLISTED, T0.plusSeconds(300)));
		places.add(new Place(4, EnrolmentStatus.WAITLISTED, T0.plusSeconds(100)));
		places.add(new Place(3, EnrolmentStatus.WAITLISTED, T0.plusSeconds(200)));
		assertThat(Roster.toPromote(1, places)).isEmpty();
		assertThat(Roster.toPromote(2, places)).containsExactly(4L);
		assertThat(Roster.toPromote(3, places)).containsExactly(4L, 3L);
		assertThat(Roster.toPromote(10, places)).containsExactly(4L, 3L, 5L);
	}

	@Test
	void equalRequestTimesKeepTheirIdOrder() {
		List<Place> places = List.of(new Place(9, EnrolmentStatus.WAITLISTED, T0),
				new Place(7, EnrolmentStatus.WAITLISTED, T0));
		assertThat(Roster.toPromote(1, places)).containsExactly(7L);
		assertThat(Roster.waitlistPosition(9, places)).isEqualTo(2);
		assertThat(Roster.waitlistPosition(7, places)).isEqualTo(1);
	}

	@Test
	void aFullOrOverfullCohortPromotesNobody() {
		List<Place> places = List.of(new Place(1, EnrolmentStatus.ENROLLED, T0),
				new Place(2, EnrolmentStatus.ENROLLED, T0), new Place(3, EnrolmentStatus.WAITLISTED, T0));
		assertThat(Roster.toPromote(1, places)).isEmpty();
		assertThat(Roster.toPromote(2, places)).isEmpty();
		assertThat(Roster.waitlistPosition(1, places)).isZero();
	}

}
