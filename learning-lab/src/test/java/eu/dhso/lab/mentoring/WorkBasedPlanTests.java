package eu.dhso.lab.mentoring;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plan's rules of who may do what and when, without Spring. */
class WorkBasedPlanTests {

	static final long PROFESSIONAL = 1;

	static final long MENTOR = 2;

	static final long STRANGER = 3;

	final Instant now = Instant.parse("2026-11-02T10:00:00Z");

	@Test
	void onlyTheOtherPartyAgreesSoNoProfessionalIsEnrolledWithoutConsent() {
		WorkBasedPlan plan = planProposedBy(MENTOR);
		rejected(() -> plan.agree(MENTOR, this.now), "lab.mentoring.error.notAwaited");
		rejected(() -> plan.agree(STRANGER, this.now), "lab.mentoring.error.notParty");
		assertThat(plan.getStatus()).isEqualTo(WorkBasedPlanStatus.PROPOSED);
		plan.agree(PROFESSIONAL, this.now);
		assertThat(plan.getStatus()).isEqualTo(WorkBasedPlanStatus.AGREED);
	}

	@Test
	void aPlanWithoutActivitiesCannotBeAgreed() {
		WorkBasedPlan plan = WorkBasedPlan.propose("Plan", null, PROFESSIONAL, MENTOR, PROFESSIONAL, this.now);
		rejected(() -> plan.agree(MENTOR, this.now), "lab.mentoring.error.noActivities");
	}

	@Test
	void activitiesAreFixedOnceAgreed() {
		WorkBasedPlan plan = agreedPlan();
		rejected(() -> plan.addActivity(PROFESSIONAL, fields(), this.now), "lab.mentoring.error.state");
		rejected(() -> plan.removeActivity(MENTOR, 10, this.now), "lab.mentoring.error.state");
	}

	@Test
	void onlyTheProfessionalLogsEvidenceAndOnlyTheMentorSignsOff() {
		WorkBasedPlan plan = agreedPlan();
		rejected(() -> plan.logEvidence(MENTOR, 10, "note", null, this.now), "lab.mentoring.error.onlyProfessional");
		plan.logEvidence(PROFESSIONAL, 10, "I did it", null, this.now);
		rejected(() -> plan.signOff(PROFESSIONAL, 10, this.now), "lab.mentoring.error.onlyMentor");
		rejected(() -> plan.signOff(STRANGER, 10, this.now), "lab.mentoring.error.onlyMentor");
		assertThat(plan.signOff(MENTOR, 10, this.now)).isFalse();
		assertThat(plan.activity(10).getStatus()).isEqualTo(ActivityStatus.SIGNED_OFF);
	}

	@Test
	void nothingIsSignedOffBeforeEvidenceIsLogged() {
		WorkBasedPlan plan = agreedPlan();
		rejected(() -> plan.signOff(MENTOR, 10, this.now), "lab.mentoring.error.activityState");
		rejected(() -> plan.logEvidence(PROFESSIONAL, 10, " ", null, this.now), "lab.mentoring.error.evidenceEmpty");
	}

	@Test
	void aReturnNeedsAReasonAndMoreEvidenceHandsTheActivityBack() {
		WorkBasedPlan plan = agreedPlan();
		plan.logEvidence(PROFESSIONAL, 10, "First try", null, this.now);
		rejected(() -> plan.returnActivity(MENTOR, 10, " ", this.now), "lab.mentoring.error.reason");
		plan.returnActivity(MENTOR, 10, "Add the patient's feedback", this.now);
		assertThat(plan.activity(10).getStatus()).isEqualTo(ActivityStatus.RETURNED);
		rejected(() -> plan.signOff(MENTOR, 10, this.now), "lab.mentoring.error.activityState");
		plan.logEvidence(PROFESSIONAL, 10, "With feedback", null, this.now);
		assertThat(plan.activity(10).getStatus()).isEqualTo(ActivityStatus.SUBMITTED);
	}

	@Test
	void thePlanCompletesWhenEveryActivityIsSignedOff() {
		WorkBasedPlan plan = agreedPlan();
		plan.logEvidence(PROFESSIONAL, 10, "one", null, this.now);
		plan.logEvidence(PROFESSIONAL, 11, "two", null, this.now);
		assertThat(plan.signOff(MENTOR, 10, this.now)).isFalse();
		assertThat(plan.signOff(MENTOR, 11, this.now)).isTrue();
		assertThat(plan.getStatus()).isEqualTo(WorkBasedPlanStatus.COMPLETED);
		assertThat(plan.getCompletedAt()).isEqualTo(this.now);
		rejected(() -> plan.cancel(PROFESSIONAL, null, this.now), "lab.mentoring.error.state");
	}

	@Test
	void eitherPartyMayCancelButNoThirdPerson() {
		WorkBasedPlan plan = agreedPlan();
		rejected(() -> plan.cancel(STRANGER, null, this.now), "lab.mentoring.error.notParty");
		plan.cancel(PROFESSIONAL, "Changed ward", this.now);
		assertThat(plan.getStatus()).isEqualTo(WorkBasedPlanStatus.CANCELLED);
		rejected(() -> plan.agree(MENTOR, this.now), "lab.mentoring.error.state");
	}

	@Test
	void aPlanNeedsTwoDifferentPartiesOneOfWhomProposes() {
		rejected(() -> WorkBasedPlan.propose("Plan", null, PROFESSIONAL, PROFESSIONAL, PROFESSIONAL, this.now),
				"lab.mentoring.error.parties");
		rejected(() -> WorkBasedPlan.propose("Plan", null, PROFESSIONAL, MENTOR, STRANGER, this.now),
				"lab.mentoring.error.parties");
		rejected(() -> WorkBasedPlan.propose(" ", null, PROFESSIONAL, MENTOR, MENTOR, this.now),
				"lab.mentoring.error.fields");
	}

	@Test
	void anActivityNeedsACompetenceAndALevelFromOneToFour() {
		WorkBasedPlan plan = planProposedBy(PROFESSIONAL);
		rejected(
				() -> plan.addActivity(PROFESSIONAL,
						new ActivityFields("A", null, List.of(), 2, List.of(), LocalDate.of(2026, 12, 1)), this.now),
				"lab.mentoring.error.competence");
		rejected(() -> plan.addActivity(PROFESSIONAL,
				new ActivityFields("A", null, List.of("S1.1"), 5, List.of(), LocalDate.of(2026, 12, 1)), this.now),
				"lab.mentoring.error.level");
		rejected(() -> plan.addActivity(STRANGER, fields(), this.now), "lab.mentoring.error.notParty");
	}

	private WorkBasedPlan planProposedBy(long proposer) {
		WorkBasedPlan plan = WorkBasedPlan.propose("Telehealth on the ward", "Goal", PROFESSIONAL, MENTOR, proposer,
				this.now);
		withId(plan.addActivity(proposer, fields(), this.now), 10);
		return plan;
	}

	private WorkBasedPlan agreedPlan() {
		WorkBasedPlan plan = planProposedBy(PROFESSIONAL);
		withId(plan.addActivity(MENTOR, fields(), this.now), 11);
		plan.agree(MENTOR, this.now);
		return plan;
	}

	private static ActivityFields fields() {
		return new ActivityFields("Five video consultations", null, List.of("S1.1"), 2, List.of(),
				LocalDate.of(2026, 12, 1));
	}

	/** The id the database would give. */
	private static void withId(PlanActivity activity, long id) {
		try {
			Field field = PlanActivity.class.getDeclaredField("id");
			field.setAccessible(true);
			field.set(activity, id);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void rejected(Runnable action, String messageKey) {
		assertThatThrownBy(action::run).isInstanceOf(MentoringRejectedException.class).hasMessage(messageKey);
	}

}
