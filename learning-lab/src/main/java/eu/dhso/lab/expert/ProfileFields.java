package eu.dhso.lab.expert;

import java.util.List;

/**
 * What an expert says of themself: a short biography, when they are available, and the
 * languages, countries and framework competences they work in, by code.
 */
public record ProfileFields(String bio, String availability, List<String> languages, List<String> countries,
		List<String> competences) {

	public ProfileFields {
		languages = (languages == null) ? List.of() : List.copyOf(languages);
		countries = (countries == null) ? List.of() : List.copyOf(countries);
		competences = (competences == null) ? List.of() : List.copyOf(competences);
	}

}
