package eu.dhso.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An editor's score (0 to 3) of one criterion, with the reason for it. */
@Embeddable
public record CriterionScore(@Column(name = "criterion_code") String criterionCode, int score, String justification) {

	public CriterionScore {
		if (score < 0 || score > 3) {
			throw new IllegalArgumentException("Scores are 0 to 3, not " + score);
		}
		if (justification == null || justification.isBlank()) {
			throw new IllegalArgumentException("Every score needs a justification");
		}
	}

}
