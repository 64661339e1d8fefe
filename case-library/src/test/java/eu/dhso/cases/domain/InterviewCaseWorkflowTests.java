package eu.dhso.cases.domain;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import eu.dhso.core.taxonomy.TrainingFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class InterviewCaseWorkflowTests {

	final Clock clock = Clock.fixed(Instant.parse("2026-11-20T10:00:00Z"), ZoneOffset.UTC);

	static InterviewCase completeDraft(Clock clock) {
		InterviewCase draft = new InterviewCase(1L, "CY", "Tele-dermatology", "partner", clock);
		draft.describeBasics("Tele-dermatology", "Store-and-forward images", "PRIMARY_CARE",
				new ImplementationPeriod(LocalDate.of(2024, 1, 1), null), ImplementationStage.SCALING,
				List.of("TELEHEALTH"), List.of("DOCTOR"), clock);
		draft.describeContext("Long waits", "Photos through a secure app", clock);
		draft.describeOutcomes("Waits halved", "Image quality", "Champions", "Start small",
				List.of(new Indicator("Waiting time", "21", "days", "48", "Audit 2025")), clock);
		draft.listSkills(List.of(new SkillNeed(7L, 3, "Remote history taking")), clock);
		draft.recordInterview(new Interview(LocalDate.of(2025, 5, 2), "A. Researcher", "CF-1", ConsentScope.PUBLIC),
				List.of(new Interviewee("GP", "Dr Ioannou")), clock);
		return draft;
	}

	@Test
	void aCaseGoesThroughReviewToPublicationAndEveryStepIsOnTheTimeline() {
		InterviewCase c = completeDraft(this.clock);
		c.submit("partner", Map.of(7L, "S1.1"), this.clock);
		c.startReview("editor", this.clock);
		c.requestChanges("editor", "Please add a baseline", this.clock);
		c.submit("partner", Map.of(7L, "S1.1"), this.clock);
		c.startReview("editor", this.clock);
		c.approve("editor", this.clock);
		c.publish("editor", this.clock);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.PUBLISHED);
		assertThat(c.getTransitions()).extracting(CaseTransition::getTo)
			.containsExactly(CaseStatus.DRAFT, CaseStatus.SUBMITTED, CaseStatus.IN_REVIEW, CaseStatus.CHANGES_REQUESTED,
					CaseStatus.SUBMITTED, CaseStatus.IN_REVIEW, CaseStatus.APPROVED, CaseStatus.PUBLISHED);
		assertThat(c.getTransitions().get(3).getReason()).isEqualTo("Please add a baseline");
		assertThat(c.getTransitions().get(3).getActor()).isEqualTo("editor");
	}

	@Test
	void trainingIsFrozenWithTheRevisionAndEveryEntryNamesMethodFormatAndProvider() {
		InterviewCase c = completeDraft(this.clock);
		c.describeTraining(List.of(
				new StaffTraining(TrainingMethod.TRAIN_THE_TRAINER, TrainingFormat.WORKSHOP, 12,
						TrainingProvider.UNIVERSITY, List.of(7L, 7L)),
				new StaffTraining(TrainingMethod.SELF_DIRECTED, TrainingFormat.ELEARNING, null,
						TrainingProvider.IN_HOUSE_TRAINER, List.of())),
				this.clock);
		c.submit("partner", Map.of(7L, "S1.1"), this.clock);
		assertThat(c.getRevisions().get(0).getSnapshot()).containsEntry("cases.field.training",
				"TRAIN_THE_TRAINER, WORKSHOP, 12 h, UNIVERSITY: S1.1\nSELF_DIRECTED, ELEARNING, IN_HOUSE_TRAINER");
		assertThatExceptionOfType(IllegalCaseTransitionException.class)
			.isThrownBy(() -> c.describeTraining(List.of(), this.clock));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StaffTraining(TrainingMethod.COACHING, null, 2, TrainingProvider.VENDOR, List.of()));
		assertThatIllegalArgumentException().isThrownBy(() -> new StaffTraining(TrainingMethod.COACHING,
				TrainingFormat.WORKSHOP, 0, TrainingProvider.VENDOR, List.of()));
	}

	@Test
	void fieldCommentsAreOpenOnlyWhileTheCaseWaitsForChanges() {
		InterviewCase c = completeDraft(this.clock);
		c.submit("partner", Map.of(7L, "S1.1"), this.clock);
		c.startReview("editor", this.clock);
		c.requestChanges("editor", null, Map.of("cases.field.solution", "Which app?", "cases.field.title", " "),
				this.clock);
		assertThat(c.openFieldComments()).containsExactly(Map.entry("cases.field.solution", "Which app?"));
		assertThat(c.getTransitions().get(3).getReason()).isNull();
		c.submit("partner", Map.of(7L, "S1.1"), this.clock);
		assertThat(c.openFieldComments()).isEmpty();
		assertThatIllegalArgumentException()
			.isThrownBy(() -> c.requestChanges("editor", "", Map.of("cases.field.title", ""), this.clock));
	}

	@Test
	void eachSubmissionFreezesARevisionOfTheFields() {
		InterviewCase c = completeDraft(this.clock);
		c.submit("partner", Map.of(7L, "S1.1"), this.clock);
		c.startReview("editor", this.clock);
		c.requestChanges("editor", "Name the source", this.clock);
		c.describeContext("Long waits for dermatology", "Photos through a secure app", this.clock);
		c.submit("partner", Map.of(7L, "S1.1"), this.clock);
		assertThat(c.getRevisions()).extracting(CaseRevision::getNumber).containsExactly(1, 2);
		assertThat(c.getRevisions().get(0).getSnapshot()).containsEntry("cases.field.problem", "Long waits")
			.containsEntry("cases.field.skills", "S1.1 (3): Remote history taking");
		assertThat(c.getRevisions().get(1).getSnapshot()).containsEntry("cases.field.problem",
				"Long waits for dermatology");
	}

	@Test
	void aDraftCannotBePublishedOrApprovedWithoutReview() {
		InterviewCase c = completeDraft(this.clock);
		assertThatExceptionOfType(IllegalCaseTransitionException.class)
			.isThrownBy(() -> c.publish("editor", this.clock));
		assertThatExceptionOfType(IllegalCaseTransitionException.class)
			.isThrownBy(() -> c.approve("editor", this.clock));
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DRAFT);
		assertThat(c.getTransitions()).hasSize(1);
	}

	@Test
	void anIncompleteCaseCannotBeSubmitted() {
		InterviewCase c = new InterviewCase(1L, "CY", "Only a title", "partner", this.clock);
		assertThat(c.missingForSubmission()).contains("cases.field.summary", "cases.field.consent");
		assertThatExceptionOfType(IllegalCaseTransitionException.class)
			.isThrownBy(() -> c.submit("partner", Map.of(), this.clock));
	}

	@Test
	void aSubmittedCaseCannotBeEditedUntilChangesAreRequested() {
		InterviewCase c = completeDraft(this.clock);
		c.submit("partner", Map.of(), this.clock);
		assertThatExceptionOfType(IllegalCaseTransitionException.class)
			.isThrownBy(() -> c.describeContext("x", "y", this.clock));
		c.startReview("editor", this.clock);
		c.requestChanges("editor", "More detail", this.clock);
		c.describeContext("x", "y", this.clock);
		assertThat(c.narrative().problem()).isEqualTo("x");
	}

	@Test
	void requestingChangesNeedsAComment() {
		InterviewCase c = completeDraft(this.clock);
		c.submit("partner", Map.of(), this.clock);
		c.startReview("editor", this.clock);
		assertThatIllegalArgumentException().isThrownBy(() -> c.requestChanges("editor", " ", this.clock));
	}

	@Test
	void anInternalOnlyCaseIsNeverPublished() {
		InterviewCase c = completeDraft(this.clock);
		c.recordInterview(new Interview(null, null, "CF-2", ConsentScope.INTERNAL), List.of(), this.clock);
		c.submit("partner", Map.of(), this.clock);
		c.startReview("editor", this.clock);
		c.approve("editor", this.clock);
		assertThatExceptionOfType(IllegalCaseTransitionException.class)
			.isThrownBy(() -> c.publish("editor", this.clock));
		assertThat(c.getStatus()).isEqualTo(CaseStatus.APPROVED);
	}

	@Test
	void aCaseCanBeWithdrawnBeforePublicationAndWhileUnderRevisionAfterIt() {
		InterviewCase before = completeDraft(this.clock);
		before.submit("partner", Map.of(), this.clock);
		before.withdraw("partner", "Consent revoked", this.clock);
		assertThat(before.getStatus()).isEqualTo(CaseStatus.WITHDRAWN);
		assertThat(CaseStatus.WITHDRAWN.canMoveTo(CaseStatus.DRAFT)).isFalse();

		// issue 13: a partner whose interviewee withdrew consent must be able to take the
		// case back (its public copy goes offline with it); it used to be refused
		InterviewCase after = published();
		after.reviseAfterPublication("partner", this.clock);
		after.withdraw("partner", "Consent revoked", this.clock);
		assertThat(after.getStatus()).isEqualTo(CaseStatus.WITHDRAWN);
		InterviewCase live = published();
		assertThatExceptionOfType(IllegalCaseTransitionException.class)
			.isThrownBy(() -> live.withdraw("partner", "no", this.clock));
	}

	@Test
	void aPublishedCaseUnderRevisionCanBeArchived() {
		InterviewCase c = published();
		c.reviseAfterPublication("partner", this.clock);
		c.submit("partner", Map.of(), this.clock);
		assertThat(c.canBeArchived()).isTrue();
		c.archive("editor", "Consent withdrawn", this.clock);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.ARCHIVED);
	}

	@Test
	void editingAPublishedCaseOpensANewDraftThatGoesThroughReviewAgain() {
		InterviewCase c = published();
		c.reviseAfterPublication("partner", this.clock);
		assertThat(c.getStatus()).isEqualTo(CaseStatus.DRAFT);
		assertThat(c.wasPublished()).isTrue();
		c.describeContext("Updated problem", "Updated solution", this.clock);
		c.submit("partner", Map.of(), this.clock);
		assertThat(c.getRevisions()).hasSize(2);
	}

	@Test
	void onlyPublishedCasesAreArchivedAndArchivingIsFinal() {
		InterviewCase draft = completeDraft(this.clock);
		assertThatExceptionOfType(IllegalCaseTransitionException.class)
			.isThrownBy(() -> draft.archive("editor", "old", this.clock));
		InterviewCase c = published();
		c.archive("editor", "Superseded", this.clock);
		for (CaseStatus target : CaseStatus.values()) {
			assertThat(CaseStatus.ARCHIVED.canMoveTo(target)).isFalse();
		}
	}

	private InterviewCase published() {
		InterviewCase c = completeDraft(this.clock);
		c.submit("partner", Map.of(), this.clock);
		c.startReview("editor", this.clock);
		c.approve("editor", this.clock);
		c.publish("editor", this.clock);
		return c;
	}

}
