package eu.dhso.lab.scheme;

import java.util.List;

/** What a trainer enters about a scheme itself. */
public record SchemeFields(String title, String aims, List<String> professions, String language, int workloadHours,
		boolean trainTheTrainers, boolean changeAgents) {

	public SchemeFields {
		professions = (professions != null) ? List.copyOf(professions) : List.of();
	}

}
