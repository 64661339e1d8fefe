package eu.dhso.guidelines.event;

import java.time.Duration;
import java.time.Instant;

import eu.dhso.guidelines.event.Event.NewEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The event's registrations and waitlist, without Spring or a database. */
class EventWorkflowTests {

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	@Test
	void beyondCapacityPeopleWaitAndACancellationMovesTheEarliestUp() {
		Event event = event(NOW.plus(Duration.ofDays(3)), 2);
		assertThat(event.register(1L, "A", NOW)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(event.register(2L, "B", NOW.plusSeconds(1))).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(event.register(3L, "C", NOW.plusSeconds(2))).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(event.register(4L, "D", NOW.plusSeconds(3))).isEqualTo(RegistrationStatus.WAITLISTED);
		event.cancel(1L);
		assertThat(status(event, 1L)).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(status(event, 3L)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(status(event, 4L)).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(event.toView().seatsLeft()).isZero();
	}

	@Test
	void registeringTwiceChangesNothingAndACancelledPersonQueuesAgain() {
		Event event = event(NOW.plus(Duration.ofDays(3)), 1);
		event.register(1L, "A", NOW);
		assertThat(event.register(1L, "A", NOW.plusSeconds(5))).isEqualTo(RegistrationStatus.CONFIRMED);
		event.register(2L, "B", NOW.plusSeconds(6));
		event.cancel(1L);
		assertThat(status(event, 2L)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(event.register(1L, "A", NOW.plusSeconds(7))).isEqualTo(RegistrationStatus.WAITLISTED);
	}

	@Test
	void aWaitingPersonWhoCancelsFreesNoPlace() {
		Event event = event(NOW.plus(Duration.ofDays(3)), 1);
		event.register(1L, "A", NOW);
		event.register(2L, "B", NOW.plusSeconds(1));
		event.cancel(2L);
		assertThat(status(event, 1L)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(status(event, 2L)).isEqualTo(RegistrationStatus.CANCELLED);
	}

	@Test
	void moreCapacityPromotesTheWaitlistAndLessCancelsNobody() {
		Instant start = NOW.plus(Duration.ofDays(3));
		Event event = event(start, 1);
		event.register(1L, "A", NOW);
		event.register(2L, "B", NOW.plusSeconds(1));
		event.register(3L, "C", NOW.plusSeconds(2));
		event.replan(new NewEvent("e-test", "Meeting", EventKind.WORKSHOP, "CY", start, start.plus(Duration.ofHours(3)),
				null, null, null, 2), NOW);
		assertThat(status(event, 2L)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(status(event, 3L)).isEqualTo(RegistrationStatus.WAITLISTED);
		event.replan(new NewEvent("e-test", "Meeting", EventKind.WORKSHOP, "CY", start, start.plus(Duration.ofHours(3)),
				null, null, null, 1), NOW);
		assertThat(status(event, 1L)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(status(event, 2L)).isEqualTo(RegistrationStatus.CONFIRMED);
		assertThat(event.toView().seatsLeft()).isZero();
	}

	@Test
	void nobodyRegistersForAnEventThatIsOver() {
		Event event = event(NOW.minus(Duration.ofDays(3)), 5);
		assertThatThrownBy(() -> event.register(1L, "A", NOW)).isInstanceOf(IllegalRegistrationException.class);
	}

	@Test
	void onlyAttendeesGiveFeedbackAndOnlyOnceTheEventStarted() {
		Event event = event(NOW.plus(Duration.ofHours(1)), 5);
		event.register(1L, "A", NOW);
		assertThat(event.giveFeedback(1L, 5, null, NOW.plus(Duration.ofHours(2)))).isFalse();
		assertThat(event.ratingsByAccount()).isEmpty();
	}

	@Test
	void anEventEndsAfterItStartsAndHasPlaces() {
		assertThatIllegalArgumentException().isThrownBy(() -> new Event(
				new NewEvent("e-x", "T", EventKind.WORKSHOP, null, NOW, NOW, null, null, null, 5), NOW));
		assertThatIllegalArgumentException().isThrownBy(() -> new Event(
				new NewEvent("e-x", "T", EventKind.WORKSHOP, null, NOW, NOW.plusSeconds(60), null, null, null, 0),
				NOW));
	}

	@Test
	void theWaitlistMovesOnlyUpIntoAPlace() {
		assertThat(RegistrationStatus.WAITLISTED.canMoveTo(RegistrationStatus.CONFIRMED)).isTrue();
		assertThat(RegistrationStatus.CONFIRMED.canMoveTo(RegistrationStatus.WAITLISTED)).isFalse();
		assertThat(RegistrationStatus.CANCELLED.canMoveTo(RegistrationStatus.WAITLISTED)).isTrue();
	}

	private static RegistrationStatus status(Event event, long account) {
		return event.registrationOf(account).orElseThrow().getStatus();
	}

	private static Event event(Instant start, int capacity) {
		return new Event(new NewEvent("e-test", "Meeting", EventKind.WORKSHOP, "CY", start,
				start.plus(Duration.ofHours(3)), null, null, null, capacity), NOW);
	}

}
