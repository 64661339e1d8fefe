package eu.dhso.skills.workshop;

import java.util.List;

/**
 * A need found, as written and read: its text, priority and the competence codes it
 * points to (at least one).
 */
public record Finding(String need, Priority priority, List<String> competences) {

	public Finding {
		if (need == null || need.isBlank() || priority == null || competences == null || competences.isEmpty()) {
			throw new IllegalArgumentException("A finding needs a text, a priority and a competence");
		}
		need = need.strip();
		competences = List.copyOf(competences);
	}

}
