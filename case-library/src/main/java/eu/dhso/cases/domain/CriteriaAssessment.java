package eu.dhso.cases.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns the scores of a complete assessment into a practice label, following the EU Best
 * Practice Portal: a practice that fails an exclusion criterion (score below 2) gets no
 * label; otherwise the core and qualifier criteria decide. Good practice needs every core
 * criterion at 2 or more and three quarters of the possible points; promising practice
 * needs half of the possible points.
 */
public final class CriteriaAssessment {

	static final int PASS = 2;

	private CriteriaAssessment() {
	}

	/** The label, or none; throws when a criterion of the set has no score. */
	public static Optional<PracticeLabel> label(Collection<Criterion> criteria, Collection<CriterionScore> scores) {
		Map<String, Integer> byCode = scores.stream()
			.collect(Collectors.toMap(CriterionScore::criterionCode, CriterionScore::score, (a, b) -> b));
		Function<Criterion, Integer> score = (criterion) -> {
			Integer value = byCode.get(criterion.getCode());
			if (value == null) {
				throw new IllegalArgumentException("No score for " + criterion.getCode());
			}
			return value;
		};
		boolean excluded = criteria.stream()
			.filter((c) -> c.getKind() == CriterionKind.EXCLUSION)
			.anyMatch((c) -> score.apply(c) < PASS);
		if (excluded) {
			return Optional.empty();
		}
		var rated = criteria.stream().filter((c) -> c.getKind() != CriterionKind.EXCLUSION).toList();
		if (rated.isEmpty()) {
			return Optional.empty();
		}
		int points = rated.stream().mapToInt(score::apply).sum();
		int possible = rated.size() * 3;
		boolean coreAllPass = rated.stream()
			.filter((c) -> c.getKind() == CriterionKind.CORE)
			.allMatch((c) -> score.apply(c) >= PASS);
		if (coreAllPass && points * 4 >= possible * 3) {
			return Optional.of(PracticeLabel.GOOD_PRACTICE);
		}
		if (points * 2 >= possible) {
			return Optional.of(PracticeLabel.PROMISING_PRACTICE);
		}
		return Optional.empty();
	}

}
