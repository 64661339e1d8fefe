package eu.dhso.guidelines.guideline;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The guideline's state machine, without Spring or a database. */
class GuidelineWorkflowTests {

	private static final Instant NOW = Instant.parse("2026-06-01T10:00:00Z");

	private static final GuidelineDocument FIRST = new GuidelineDocument("Title", Audience.POLICY_MAKERS, "Summary",
			"## One\nText\n## Two\nMore", List.of());

	@Test
	void aDraftGoesToConsultationAndIsPublishedAsAFrozenVersion() {
		Guideline guideline = new Guideline("g", FIRST, NOW);
		assertThat(guideline.status()).isEqualTo(GuidelineStatus.DRAFT);
		guideline.openConsultation();
		assertThat(guideline.status()).isEqualTo(GuidelineStatus.IN_CONSULTATION);
		guideline.comment(1, 7L, "Partner", "Fine", NOW);
		assertThat(guideline.publish("First", "editor", NOW)).isEqualTo(1);
		assertThat(guideline.status()).isEqualTo(GuidelineStatus.PUBLISHED);
		assertThat(guideline.toDraft().consultationOpen()).isFalse();
		assertThatThrownBy(() -> guideline.publish("Again", "editor", NOW))
			.isInstanceOf(IllegalGuidelineTransitionException.class);
		assertThatThrownBy(guideline::openConsultation).isInstanceOf(IllegalGuidelineTransitionException.class);
	}

	@Test
	void revisingAPublishedGuidelineStartsTheNextVersionAndLeavesTheOldOneAsItWas() {
		Guideline guideline = new Guideline("g", FIRST, NOW);
		guideline.publish("First", "editor", NOW);
		GuidelineDocument second = new GuidelineDocument("Second", Audience.POLICY_MAKERS, null, "Body", List.of());
		guideline.reviseDraft(second, NOW);
		assertThat(guideline.status()).isEqualTo(GuidelineStatus.DRAFT);
		assertThat(guideline.publish("Retitled", "editor", NOW)).isEqualTo(2);
		assertThat(guideline.version(1).orElseThrow().getContent().title()).isEqualTo("Title");
		assertThat(guideline.changelog()).extracting(Guideline.PublishedVersion::changeNote)
			.containsExactly("Retitled", "First");
	}

	@Test
	void commentsOnlyWhileTheConsultationIsOpenAndOnlyOnASection() {
		Guideline guideline = new Guideline("g", FIRST, NOW);
		assertThatThrownBy(() -> guideline.comment(0, 7L, "Partner", "Early", NOW))
			.isInstanceOf(ConsultationClosedException.class);
		guideline.openConsultation();
		assertThatIllegalArgumentException().isThrownBy(() -> guideline.comment(9, 7L, "Partner", "Where?", NOW));
		guideline.closeConsultation();
		assertThat(guideline.status()).isEqualTo(GuidelineStatus.DRAFT);
		assertThatThrownBy(() -> guideline.comment(0, 7L, "Partner", "Late", NOW))
			.isInstanceOf(ConsultationClosedException.class);
	}

	@Test
	void aVersionNeedsAChangeNote() {
		Guideline guideline = new Guideline("g", FIRST, NOW);
		assertThatIllegalArgumentException().isThrownBy(() -> guideline.publish(" ", "editor", NOW));
		assertThat(guideline.status()).isEqualTo(GuidelineStatus.DRAFT);
	}

	@Test
	void publishedIsLeftOnlyByStartingANewDraft() {
		assertThat(GuidelineStatus.PUBLISHED.canMoveTo(GuidelineStatus.DRAFT)).isTrue();
		assertThat(GuidelineStatus.PUBLISHED.canMoveTo(GuidelineStatus.IN_CONSULTATION)).isFalse();
		assertThat(GuidelineStatus.DRAFT.canMoveTo(GuidelineStatus.PUBLISHED)).isTrue();
	}

}
