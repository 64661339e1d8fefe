package eu.dhso.skills.assessment;

import java.util.List;
import java.util.Map;

import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.framework.CompetenceKind;
import eu.dhso.skills.assessment.AssessmentScoring.AreaResult;
import eu.dhso.skills.assessment.AssessmentScoring.CompetenceResult;
import eu.dhso.skills.assessment.AssessmentScoring.Result;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AssessmentScoringTests {

	// Two areas: A with competences 1 and 2, B with competence 3.
	static final FrameworkView FRAMEWORK = new FrameworkView(1L, "t", "test", null,
			List.of(new AreaView("A", CompetenceKind.SOFT, "Area A", "",
					List.of(competence(1L, "A.1"), competence(2L, "A.2"))),
					new AreaView("B", CompetenceKind.DIGITAL, "Area B", "", List.of(competence(3L, "B.1")))));

	static final List<AssessmentItem> ITEMS = List.of(selfRating(11L, 1L), selfRating(12L, 2L), selfRating(13L, 3L),
			knowledge(21L, 1L, 2), knowledge(22L, 2L, 4), knowledge(23L, 3L, 1));

	@Test
	void theAssessedLevelIsTheSelfRatingAndTheGapIsExpectedMinusAssessed() {
		Result result = AssessmentScoring.score(FRAMEWORK, ITEMS, Map.of(11L, 2, 12L, 4, 13L, 1),
				Map.of(1L, 3, 2L, 3, 3L, 1));
		AreaResult a = result.areas().get(0);
		assertThat(a.competences()).extracting(CompetenceResult::assessedLevel).containsExactly(2, 4);
		assertThat(a.competences()).extracting(CompetenceResult::gap).containsExactly(1, -1);
		assertThat(a.meanLevel()).isEqualTo(3.0);
		assertThat(a.meanGap()).isEqualTo(0.0);
		assertThat(result.areas().get(1).competences().get(0).gap()).isZero();
	}

	@Test
	void theKnowledgeScoreIsTheShareOfCorrectAnswersPerArea() {
		Result result = AssessmentScoring.score(FRAMEWORK, ITEMS, Map.of(21L, 2, 22L, 3, 23L, 1), Map.of());
		assertThat(result.areas().get(0).knowledgeShare()).isCloseTo(0.5, within(1e-9));
		assertThat(result.areas().get(0).knowledgeItems()).isEqualTo(2);
		assertThat(result.areas().get(0).knowledgePercent()).isEqualTo(50);
		assertThat(result.areas().get(1).knowledgeShare()).isEqualTo(1.0);
	}

	@Test
	void highSelfRatingsWithWrongAnswersAreOverConfident() {
		Result result = AssessmentScoring.score(FRAMEWORK, ITEMS,
				Map.of(11L, 4, 12L, 4, 21L, 1, 22L, 1, 13L, 1, 23L, 1), Map.of());
		assertThat(result.areas().get(0).calibration()).isEqualTo(Calibration.OVER_CONFIDENT);
		// Lowest self-rating but the right answer: under-confident.
		assertThat(result.areas().get(1).calibration()).isEqualTo(Calibration.UNDER_CONFIDENT);
	}

	@Test
	void calibrationToleratesAQuarterOfTheScaleAndNeedsBothMeasures() {
		assertThat(Calibration.of(3.0, 0.5)).isEqualTo(Calibration.CALIBRATED);
		assertThat(Calibration.of(2.5, 0.25)).isEqualTo(Calibration.CALIBRATED);
		assertThat(Calibration.of(2.5, 0.2)).isEqualTo(Calibration.OVER_CONFIDENT);
		assertThat(Calibration.of(1.0, 0.3)).isEqualTo(Calibration.UNDER_CONFIDENT);
		assertThat(Calibration.of(null, 0.5)).isEqualTo(Calibration.NOT_MEASURED);
		assertThat(Calibration.of(3.0, null)).isEqualTo(Calibration.NOT_MEASURED);
	}

	@Test
	void theLargestGapsComeFirstAndMetCompetencesAreNotGaps() {
		Result result = AssessmentScoring.score(FRAMEWORK, ITEMS, Map.of(11L, 3, 12L, 1, 13L, 2),
				Map.of(1L, 4, 2L, 4, 3L, 2));
		assertThat(result.largestGaps(3)).extracting(CompetenceResult::code).containsExactly("A.2", "A.1");
		assertThat(result.largestGaps(1)).extracting(CompetenceResult::gap).containsExactly(3);
	}

	@Test
	void unansweredCompetencesHaveNoLevelAndNoGap() {
		Result result = AssessmentScoring.score(FRAMEWORK, ITEMS, Map.of(), Map.of(1L, 3));
		assertThat(result.areas().get(0).meanLevel()).isNull();
		assertThat(result.areas().get(0).competences().get(0).gap()).isNull();
		assertThat(result.areas().get(0).calibration()).isEqualTo(Calibration.NOT_MEASURED);
		assertThat(result.largestGaps(3)).isEmpty();
	}

	static CompetenceView competence(Long id, String code) {
		return new CompetenceView(id, code, code, "", null, null, Map.of(1, "l1", 2, "l2", 3, "l3", 4, "l4"));
	}

	static AssessmentItem selfRating(Long id, Long competence) {
		return new AssessmentItem(id, competence, ItemKind.SELF_RATING, List.of());
	}

	static AssessmentItem knowledge(Long id, Long competence, int correct) {
		return new AssessmentItem(id, competence, ItemKind.KNOWLEDGE,
				List.of(new ItemOption(1, "a", correct == 1), new ItemOption(2, "b", correct == 2),
						new ItemOption(3, "c", correct == 3), new ItemOption(4, "d", correct == 4)));
	}

}
