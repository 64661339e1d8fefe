package eu.dhso.skills.framework;

import java.util.List;
import java.util.Map;

/**
 * A whole framework version as exchanged in JSON: areas, competences, their level
 * descriptors and links to DigComp 2.2 and ESCO.
 */
public record FrameworkDocument(String label, String title, List<Area> areas) {

	public record Area(String code, String kind, String title, String description, List<Competence> competences) {
	}

	public record Competence(String code, String title, String description, String digcompCode, String escoUri,
			Map<Integer, String> levels) {
	}

}
