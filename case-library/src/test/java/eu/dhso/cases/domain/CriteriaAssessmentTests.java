package eu.dhso.cases.domain;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CriteriaAssessmentTests {

	static final List<Criterion> CRITERIA = List.of(new Criterion("RELEVANCE", CriterionKind.EXCLUSION),
			new Criterion("ETHICS", CriterionKind.EXCLUSION), new Criterion("EFFECTIVENESS", CriterionKind.CORE),
			new Criterion("EQUITY", CriterionKind.CORE), new Criterion("TRANSFERABILITY", CriterionKind.QUALIFIER),
			new Criterion("SUSTAINABILITY", CriterionKind.QUALIFIER));

	/** Scores in the order of {@link #CRITERIA}. */
	static List<CriterionScore> scores(int... values) {
		return java.util.stream.IntStream.range(0, values.length)
			.mapToObj((i) -> new CriterionScore(CRITERIA.get(i).getCode(), values[i], "because"))
			.collect(Collectors.toList());
	}

	@Test
	void highScoresOnEveryCriterionMakeAGoodPractice() {
		assertThat(CriteriaAssessment.label(CRITERIA, scores(3, 3, 3, 3, 3, 2))).contains(PracticeLabel.GOOD_PRACTICE);
	}

	@Test
	void aWeakCoreCriterionKeepsAHighTotalAtPromisingPractice() {
		// 3+1+3+3 = 10 of 12 points, but equity is below 2
		assertThat(CriteriaAssessment.label(CRITERIA, scores(3, 3, 3, 1, 3, 3)))
			.contains(PracticeLabel.PROMISING_PRACTICE);
	}

	@Test
	void halfThePointsMakeAPromisingPracticeAndLessMakeNone() {
		assertThat(CriteriaAssessment.label(CRITERIA, scores(2, 2, 2, 2, 1, 1)))
			.contains(PracticeLabel.PROMISING_PRACTICE);
		assertThat(CriteriaAssessment.label(CRITERIA, scores(2, 2, 2, 2, 1, 0))).isEmpty();
	}

	@Test
	void failingAnExclusionCriterionMeansNoLabelWhateverTheRest() {
		assertThat(CriteriaAssessment.label(CRITERIA, scores(3, 1, 3, 3, 3, 3))).isEmpty();
	}

	@Test
	void everyCriterionMustBeScored() {
		assertThatIllegalArgumentException().isThrownBy(() -> CriteriaAssessment.label(CRITERIA, scores(3, 3, 3)));
	}

	@Test
	void scoresOutsideZeroToThreeOrWithoutJustificationAreRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> new CriterionScore("EQUITY", 4, "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> new CriterionScore("EQUITY", 2, " "));
	}

}
