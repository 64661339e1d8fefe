package eu.dhso.lab.web;

import java.util.List;

import eu.dhso.lab.expert.ExpertDirectory.ExpertView;
import eu.dhso.lab.expert.ProfileFields;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/** An expert's own profile as they type it, with their consent to be listed. */
record ProfileForm(
		@NotBlank(message = "{lab.expert.error.bio}") @Size(max = 2000, message = "{lab.expert.error.bio}") String bio,
		@Size(max = 300, message = "{lab.expert.error.availability}") String availability,
		@NotEmpty(message = "{lab.expert.error.languages}") List<String> languages,
		@NotEmpty(message = "{lab.expert.error.countries}") List<String> countries, List<String> competences,
		Boolean consent) {

	ProfileForm {
		languages = (languages == null) ? List.of() : languages;
		countries = (countries == null) ? List.of() : countries;
		competences = (competences == null) ? List.of() : competences;
		// an unticked box sends nothing: no consent
		consent = Boolean.TRUE.equals(consent);
	}

	static ProfileForm of(ExpertView view) {
		return (view == null) ? new ProfileForm("", "", List.of(), List.of(), List.of(), true) : new ProfileForm(
				view.bio(), view.availability(), view.languages(), view.countries(), view.competences(), view.listed());
	}

	ProfileFields fields() {
		return new ProfileFields(this.bio, this.availability, this.languages, this.countries, this.competences);
	}

}
