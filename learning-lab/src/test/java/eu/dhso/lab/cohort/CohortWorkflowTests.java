package eu.dhso.lab.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The cohort's states, places, invitations and consent, without Spring or a database. */
class CohortWorkflowTests {

	static final LocalDate START = LocalDate.of(2026, 3, 2);

	static final LocalDate BEFORE = START.minusDays(10);

	static final Instant NOW = Instant.parse("2026-02-20T08:00:00Z");

	static final long TRAINER = 1;

	static Cohort cohort(int capacity) {
		return Cohort.plan(new CohortFields(7, "Vilnius pilot", "LT", START, START.plusDays(42), capacity, 80), TRAINER,
				null, NOW);
	}

	@Test
	void theCalendarAndTheTrainersMoveACohortThroughItsStates() {
		Cohort cohort = cohort(25);
		assertThat(cohort.status(BEFORE)).isEqualTo(CohortStatus.OPEN);
		cohort.changeSettings(25, false, BEFORE, NOW);
		assertThat(cohort.status(BEFORE)).isEqualTo(CohortStatus.PLANNED);
		assertThat(cohort.status(START)).isEqualTo(CohortStatus.RUNNING);
		assertThat(cohort.status(START.plusDays(43))).isEqualTo(CohortStatus.COMPLETED);
		cohort.cancel(BEFORE, NOW);
		assertThat(cohort.status(BEFORE)).isEqualTo(CohortStatus.CANCELLED);
		assertThat(cohort.status(START.plusDays(43))).isEqualTo(CohortStatus.CANCELLED);
	}

	@Test
	void onlyTheAllowedTransitionsExist() {
		assertThat(CohortStatus.PLANNED.canMoveTo(CohortStatus.OPEN)).isTrue();
		assertThat(CohortStatus.OPEN.canMoveTo(CohortStatus.RUNNING)).isTrue();
		assertThat(CohortStatus.RUNNING.canMoveTo(CohortStatus.COMPLETED)).isTrue();
		assertThat(CohortStatus.RUNNING.canMoveTo(CohortStatus.OPEN)).isFalse();
		assertThat(CohortStatus.COMPLETED.canMoveTo(CohortStatus.CANCELLED)).isFalse();
		assertThat(CohortStatus.CANCELLED.canMoveTo(CohortStatus.OPEN)).isFalse();
	}

	@Test
	void aCompletedOrCancelledCohortCannotBeChangedOrCancelledAgain() {
		Cohort cohort = cohort(25);
		LocalDate after = START.plusDays(43);
		assertThatThrownBy(() -> cohort.cancel(after, NOW)).isInstanceOf(CohortRejectedException.class);
		assertThatThrownBy(() -> cohort.changeSettings(30, true, after, NOW))
			.isInstanceOf(CohortRejectedException.class);
		cohort.cancel(BEFORE, NOW);
		assertThatThrownBy(() -> cohort.cancel(BEFORE, NOW)).isInstanceOf(CohortRejectedException.class);
		assertThatThrownBy(() -> cohort.addSession("Late", NOW, NOW.plusSeconds(3600), "", null, BEFORE))
			.isInstanceOf(CohortRejectedException.class);
	}

	@Test
	void aCohortIsPlannedWithSensibleDatesAndPlaces() {
		assertThatThrownBy(() -> Cohort.plan(new CohortFields(7, "Backwards", "LT", START, START.minusDays(1), 25, 80),
				TRAINER, null, NOW))
			.isInstanceOf(CohortRejectedException.class)
			.hasMessage("lab.cohort.error.dates");
		assertThatThrownBy(() -> cohort(501)).isInstanceOf(CohortRejectedException.class)
			.hasMessage("lab.cohort.error.capacity");
		assertThatThrownBy(() -> cohort(25).changeSettings(0, true, BEFORE, NOW))
			.isInstanceOf(CohortRejectedException.class);
	}

	@Test
	void requestsTakeFreePlacesThenWaitAndAFreedPlaceGoesToTheFirstInLine() {
		Cohort cohort = cohort(1);
		assertThat(cohort.enrol(10, "Ana", false, BEFORE, NOW)).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(cohort.enrol(11, "Ben", false, BEFORE, NOW.plusSeconds(1))).isEqualTo(EnrolmentStatus.WAITLISTED);
		assertThat(cohort.enrol(12, "Cy", false, BEFORE, NOW.plusSeconds(2))).isEqualTo(EnrolmentStatus.WAITLISTED);
		// asking again changes nothing
		assertThat(cohort.enrol(11, "Ben", true, BEFORE, NOW.plusSeconds(3))).isEqualTo(EnrolmentStatus.WAITLISTED);
		assertThat(cohort.waitlistPosition(cohort.placeOf(12L).orElseThrow())).isEqualTo(2);

		cohort.withdraw(10, NOW.plusSeconds(4));
		assertThat(cohort.placeOf(11L).orElseThrow().getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(cohort.waitlistPosition(cohort.placeOf(12L).orElseThrow())).isEqualTo(1);

		cohort.changeSettings(2, true, BEFORE, NOW.plusSeconds(5));
		assertThat(cohort.placeOf(12L).orElseThrow().getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(cohort.enrolled()).hasSize(2);
	}

	@Test
	void trainersDoNotEnrolInTheirOwnCohortAndAClosedCohortTakesNobody() {
		Cohort cohort = cohort(25);
		assertThatThrownBy(() -> cohort.enrol(TRAINER, "Trainer", false, BEFORE, NOW))
			.hasMessage("lab.enrol.error.ownCohort");
		cohort.changeSettings(25, false, BEFORE, NOW);
		assertThatThrownBy(() -> cohort.enrol(10, "Ana", false, BEFORE, NOW)).hasMessage("lab.enrol.error.closed");
		cohort.changeSettings(25, true, BEFORE, NOW);
		cohort.cancel(BEFORE, NOW);
		assertThatThrownBy(() -> cohort.enrol(10, "Ana", false, BEFORE, NOW)).hasMessage("lab.enrol.error.closed");
	}

	@Test
	void anInvitedPersonJoinsOnlyByAcceptingAndADeclineIsFinal() {
		Cohort cohort = cohort(25);
		assertThat(cohort.invite(10, TRAINER, BEFORE, NOW)).isTrue();
		assertThat(cohort.invite(10, TRAINER, BEFORE, NOW)).as("already invited").isFalse();
		assertThat(cohort.invite(TRAINER, TRAINER, BEFORE, NOW)).as("a trainer of the cohort").isFalse();
		assertThat(cohort.enrolled()).isEmpty();
		Invitation invitation = cohort.invitations().get(0);
		ReflectionTestUtils.setField(invitation, "id", 100L);
		assertThatThrownBy(() -> cohort.accept(100, 11, "Someone else", true, BEFORE, NOW))
			.isInstanceOf(CohortNotFoundException.class);

		assertThat(cohort.accept(100, 10, "Ana", true, BEFORE, NOW)).isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.ACCEPTED);
		assertThat(cohort.placeOf(10L).orElseThrow().isLevelsConsent()).isTrue();
		assertThatThrownBy(() -> cohort.accept(100, 10, "Ana", true, BEFORE, NOW))
			.isInstanceOf(CohortNotFoundException.class);

		// who accepted and left may be invited again
		cohort.withdraw(10, NOW);
		assertThat(cohort.invite(10, TRAINER, BEFORE, NOW)).isTrue();
		cohort.decline(100, 10L, NOW);
		assertThat(invitation.getStatus()).isEqualTo(InvitationStatus.DECLINED);
		assertThat(cohort.invite(10, TRAINER, BEFORE, NOW)).as("a decline is final").isFalse();
	}

	@Test
	void consentIsGivenAndWithdrawnOnTheParticipantsOwnPlace() {
		Cohort cohort = cohort(25);
		cohort.enrol(10, "Ana", false, BEFORE, NOW);
		assertThat(cohort.placeOf(10L).orElseThrow().isLevelsConsent()).isFalse();
		cohort.giveConsent(10, NOW);
		assertThat(cohort.placeOf(10L).orElseThrow().isLevelsConsent()).isTrue();
		cohort.withdrawConsent(10, NOW);
		assertThat(cohort.placeOf(10L).orElseThrow().isLevelsConsent()).isFalse();
		assertThatThrownBy(() -> cohort.giveConsent(11, NOW)).isInstanceOf(CohortNotFoundException.class);
	}

	@Test
	void attendanceAndActivitiesDecideCompletion() {
		Cohort cohort = cohort(25);
		cohort.enrol(10, "Ana", false, BEFORE, NOW);
		cohort.enrol(11, "Ben", false, BEFORE, NOW);
		ReflectionTestUtils.setField(cohort.placeOf(10L).orElseThrow(), "id", 1000L);
		ReflectionTestUtils.setField(cohort.placeOf(11L).orElseThrow(), "id", 1001L);
		CohortSession first = cohort.addSession("One", NOW, NOW.plusSeconds(3600), "Lab", null, BEFORE);
		ReflectionTestUtils.setField(first, "id", 1L);
		assertThatThrownBy(() -> cohort.addSession("Backwards", NOW, NOW, "Lab", null, BEFORE))
			.hasMessage("lab.session.error.times");

		cohort.recordAttendance(1, Set.of(1000L), TRAINER, NOW);
		assertThat(first.attendance()).containsEntry(1000L, true).containsEntry(1001L, false);
		cohort.markActivity(10, 5, 2, true, NOW);
		Set<String> required = Set.of(CompletionRule.activityKey(5, 2));
		assertThat(cohort.completion(required).get(1000L).completed()).isTrue();
		assertThat(cohort.completion(required).get(1001L).completed()).isFalse();

		cohort.markActivity(10, 5, 2, false, NOW);
		assertThat(cohort.completion(required).get(1000L).completed()).isFalse();
		assertThat(List.copyOf(cohort.completion(required).keySet())).containsExactly(1000L, 1001L);
	}

	@Test
	void anErasedAccountGivesUpPlacesInCohortsThatHaveNotStarted() {
		Cohort cohort = cohort(1);
		cohort.enrol(10, "Ana", false, BEFORE, NOW);
		cohort.enrol(11, "Ben", false, BEFORE, NOW.plusSeconds(1));
		cohort.releasePlaceOfErasedAccount(10, BEFORE, NOW);
		assertThat(cohort.placeOf(10L).orElseThrow().getStatus()).isEqualTo(EnrolmentStatus.WITHDRAWN);
		assertThat(cohort.placeOf(11L).orElseThrow().getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
		// a place in a cohort that ran stays
		cohort.releasePlaceOfErasedAccount(11, START.plusDays(1), NOW);
		assertThat(cohort.placeOf(11L).orElseThrow().getStatus()).isEqualTo(EnrolmentStatus.ENROLLED);
	}

}
