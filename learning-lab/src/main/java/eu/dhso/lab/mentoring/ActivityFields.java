package eu.dhso.lab.mentoring;

import java.time.LocalDate;
import java.util.List;

/**
 * An activity at work as the parties agree it: competence codes of the published
 * framework, the level to reach, lab resources to work with and a due date.
 */
public record ActivityFields(String title, String description, List<String> competences, int targetLevel,
		List<Long> resourceIds, LocalDate dueOn) {

	public ActivityFields {
		competences = (competences != null) ? List.copyOf(competences) : List.of();
		resourceIds = (resourceIds != null) ? List.copyOf(resourceIds) : List.of();
	}

}
