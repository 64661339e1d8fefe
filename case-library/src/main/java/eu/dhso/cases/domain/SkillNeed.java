package eu.dhso.cases.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A soft or digital skill that proved necessary, as a competence of the core framework
 * with its importance (1 useful, 2 important, 3 essential).
 */
@Embeddable
public record SkillNeed(@Column(name = "competence_id") Long competenceId, int importance, String note) {

	public SkillNeed {
		if (competenceId == null) {
			throw new IllegalArgumentException("A skill need names a competence");
		}
		if (importance < 1 || importance > 3) {
			throw new IllegalArgumentException("Importance is 1 to 3, not " + importance);
		}
	}

}
