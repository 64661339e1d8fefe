package eu.dhso.core.capacity;

import java.time.Instant;
import java.util.List;

import eu.dhso.core.capacity.Waitlist.Request;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WaitlistTests {

	private static final Instant T = Instant.parse("2026-05-01T09:00:00Z");

	@Test
	void aRequestTakesAFreePlaceAndWaitsWhenFull() {
		assertThat(Waitlist.placeFree(2, 1)).isTrue();
		assertThat(Waitlist.placeFree(2, 2)).isFalse();
		assertThat(Waitlist.freePlaces(2, 5)).isZero();
	}

	@Test
	void freedPlacesGoToTheEarliestRequestsTiesByLowerId() {
		List<Request> waiting = List.of(new Request(9, T.plusSeconds(60)), new Request(7, T), new Request(3, T));
		assertThat(Waitlist.toPromote(5, 3, waiting)).containsExactly(3L, 7L);
		assertThat(Waitlist.toPromote(5, 5, waiting)).isEmpty();
		assertThat(Waitlist.position(9, waiting)).isEqualTo(3);
		assertThat(Waitlist.position(42, waiting)).isZero();
	}

}
