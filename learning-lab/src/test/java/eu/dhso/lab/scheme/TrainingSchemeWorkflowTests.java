package eu.dhso.lab.scheme;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The training scheme's state machine and invariants, without Spring or a database. */
class TrainingSchemeWorkflowTests {

	final Clock clock = Clock.fixed(Instant.parse("2026-05-04T10:00:00Z"), ZoneOffset.UTC);

	final SchemeFields fields = new SchemeFields("Remote care", "Safe remote consultations", List.of("NURSE"), "en", 10,
			false, false);

	@Test
	void onlyDraftsToInReviewAndBackAreAllowed() {
		assertThat(SchemeStatus.DRAFT.canMoveTo(SchemeStatus.IN_REVIEW)).isTrue();
		assertThat(SchemeStatus.IN_REVIEW.canMoveTo(SchemeStatus.DRAFT)).isTrue();
		assertThat(SchemeStatus.DRAFT.canMoveTo(SchemeStatus.DRAFT)).isFalse();
		assertThat(SchemeStatus.IN_REVIEW.canMoveTo(SchemeStatus.IN_REVIEW)).isFalse();
	}

	@Test
	void aNewSchemeIsAnIncompleteDraft() {
		TrainingScheme scheme = new TrainingScheme(7L, 3L, this.fields, this.clock);
		assertThat(scheme.getStatus()).isEqualTo(SchemeStatus.DRAFT);
		assertThat(scheme.problems()).containsExactly("lab.scheme.problem.noModules");
	}

	@Test
	void anIncompleteSchemeCannotBeSubmitted() {
		TrainingScheme scheme = new TrainingScheme(7L, 3L, this.fields, this.clock);
		assertThatThrownBy(() -> scheme.submit(this.clock)).isInstanceOf(SchemeStateException.class);
		assertThat(scheme.getStatus()).isEqualTo(SchemeStatus.DRAFT);
	}

	@Test
	void aSchemeInReviewCannotBeEdited() {
		TrainingScheme scheme = inReview();
		assertThatThrownBy(() -> scheme.describe(this.fields, this.clock)).isInstanceOf(SchemeStateException.class);
		assertThatThrownBy(() -> scheme.addModule("More", "", List.of(), this.clock))
			.isInstanceOf(SchemeStateException.class);
	}

	@Test
	void sendingBackNeedsAReasonWhichTheTrainersThenRead() {
		TrainingScheme scheme = inReview();
		assertThatIllegalArgumentException().isThrownBy(() -> scheme.sendBack(" ", this.clock));
		assertThat(scheme.getStatus()).isEqualTo(SchemeStatus.IN_REVIEW);
		scheme.sendBack("Add an assessment activity", this.clock);
		assertThat(scheme.getStatus()).isEqualTo(SchemeStatus.DRAFT);
		assertThat(scheme.getReturnedReason()).isEqualTo("Add an assessment activity");
		assertThat(scheme.toDraft().returnedReason()).isEqualTo("Add an assessment activity");
	}

	@Test
	void aDraftCannotBeSentBackOrTakenBack() {
		TrainingScheme scheme = new TrainingScheme(7L, 3L, this.fields, this.clock);
		assertThatThrownBy(() -> scheme.sendBack("Why", this.clock)).isInstanceOf(SchemeStateException.class);
		assertThatThrownBy(() -> scheme.takeBack(this.clock)).isInstanceOf(SchemeStateException.class);
	}

	@Test
	void onlyASchemeInReviewIsPublishedAndOnlyAsItsNextVersion() {
		TrainingScheme draft = new TrainingScheme(7L, 3L, this.fields, this.clock);
		assertThatThrownBy(() -> draft.publish(9L, 1, "{}", this.clock.instant()))
			.isInstanceOf(SchemeStateException.class);
		TrainingScheme scheme = inReview();
		assertThatThrownBy(() -> scheme.publish(9L, 2, "{}", this.clock.instant()))
			.isInstanceOf(SchemeStateException.class);
		scheme.publish(9L, 1, "{}", this.clock.instant());
		assertThat(scheme.getStatus()).isEqualTo(SchemeStatus.DRAFT);
		assertThat(scheme.nextVersionNumber()).isEqualTo(2);
		assertThat(scheme.toDraft().everPublished()).isTrue();
	}

	@Test
	void outcomeLevelsAndActivityDurationsStayWithinTheirRanges() {
		assertThatIllegalArgumentException().isThrownBy(() -> new LearningOutcome("S1.1", 5, "Too high"));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new SchemeActivity("Endless", ActivityType.WORKSHOP, Delivery.ON_SITE, 0, null));
		assertThat(new SchemeActivity("Case", ActivityType.WORKSHOP, Delivery.ON_SITE, 30, 12L).toDraft().caseId())
			.as("only a case study cites a case")
			.isNull();
	}

	@Test
	void aSchemeNeedsATitleAndAWorkloadWithinRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> new TrainingScheme(7L, 3L,
				new SchemeFields(" ", "", List.of(), "en", 0, false, false), this.clock));
		assertThatIllegalArgumentException().isThrownBy(() -> new TrainingScheme(7L, 3L,
				new SchemeFields("T", "", List.of(), "en", 2001, false, false), this.clock));
	}

	/** A complete scheme submitted for review; module ids are absent until saved. */
	private TrainingScheme inReview() {
		TrainingScheme scheme = new TrainingScheme(7L, 3L, this.fields, this.clock);
		scheme.addModule("Video consultations", "Opening and closing", List.of(), this.clock);
		SchemeModule module = moduleOf(scheme);
		module.add(new LearningOutcome("S1.1", 3, "Runs a remote consultation"));
		module.add(new SchemeActivity("Role play", ActivityType.WORKSHOP, Delivery.ON_SITE, 90, null));
		assertThat(scheme.problems()).isEmpty();
		scheme.submit(this.clock);
		assertThat(scheme.getStatus()).isEqualTo(SchemeStatus.IN_REVIEW);
		return scheme;
	}

	private static SchemeModule moduleOf(TrainingScheme scheme) {
		try {
			var field = TrainingScheme.class.getDeclaredField("modules");
			field.setAccessible(true);
			@SuppressWarnings("unchecked")
			List<SchemeModule> modules = (List<SchemeModule>) field.get(scheme);
			return modules.get(0);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
