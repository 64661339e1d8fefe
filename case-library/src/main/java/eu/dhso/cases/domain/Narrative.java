package eu.dhso.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The story of an implementation in the interviewees' words, as the partner wrote it up.
 */
@Embeddable
public record Narrative(String problem, String solution, String outcomes, String barriers, String enablers,
		@Column(name = "lessons_learned") String lessonsLearned) {

	static final Narrative EMPTY = new Narrative(null, null, null, null, null, null);

	Narrative withContext(String problem, String solution) {
		return new Narrative(problem, solution, this.outcomes, this.barriers, this.enablers, this.lessonsLearned);
	}

	Narrative withOutcomes(String outcomes, String barriers, String enablers, String lessonsLearned) {
		return new Narrative(this.problem, this.solution, outcomes, barriers, enablers, lessonsLearned);
	}

}
