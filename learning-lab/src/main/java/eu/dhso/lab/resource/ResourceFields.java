package eu.dhso.lab.resource;

import java.util.List;

/** What a trainer enters about a resource, besides the file. */
public record ResourceFields(String title, String description, ResourceKind kind, String language, String licence,
		Integer level, List<String> competences, List<String> technologies, List<String> professions,
		String externalUrl) {

	public ResourceFields {
		competences = (competences != null) ? List.copyOf(competences) : List.of();
		technologies = (technologies != null) ? List.copyOf(technologies) : List.of();
		professions = (professions != null) ? List.copyOf(professions) : List.of();
	}

}
