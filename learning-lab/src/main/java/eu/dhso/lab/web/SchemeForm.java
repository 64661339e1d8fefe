package eu.dhso.lab.web;

import java.util.List;

import eu.dhso.lab.scheme.SchemeDraft;
import eu.dhso.lab.scheme.SchemeFields;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a trainer enters about a scheme itself, with the version they read so a save over
 * another trainer's answers 409 instead of overwriting it.
 */
record SchemeForm(
		@NotBlank(message = "{lab.scheme.error.title}") @Size(max = 200,
				message = "{lab.scheme.error.title}") String title,
		@Size(max = 8000, message = "{lab.scheme.error.aims}") String aims, List<String> professions,
		@Pattern(regexp = "en|el|hu|it|lt|ro|da|de|es|fr|mt", message = "{lab.scheme.error.language}") String language,
		@Min(value = 0, message = "{lab.scheme.error.workload}") @Max(value = 2000,
				message = "{lab.scheme.error.workload}") Integer workloadHours,
		Boolean trainTheTrainers, Boolean changeAgents, Long version) {

	SchemeForm {
		aims = (aims != null) ? aims : "";
		professions = SchemeEditController.list(professions);
		language = (language != null) ? language : "en";
		workloadHours = (workloadHours != null) ? workloadHours : 0;
		trainTheTrainers = Boolean.TRUE.equals(trainTheTrainers);
		changeAgents = Boolean.TRUE.equals(changeAgents);
	}

	static SchemeForm blank() {
		return new SchemeForm("", "", List.of(), "en", 0, false, false, null);
	}

	static SchemeForm of(SchemeDraft draft) {
		return new SchemeForm(draft.title(), draft.aims(), draft.professions(), draft.language(), draft.workloadHours(),
				draft.trainTheTrainers(), draft.changeAgents(), draft.version());
	}

	SchemeForm withVersion(long current) {
		return new SchemeForm(this.title, this.aims, this.professions, this.language, this.workloadHours,
				this.trainTheTrainers, this.changeAgents, current);
	}

	SchemeFields fields() {
		return new SchemeFields(this.title.strip(), this.aims.strip(), this.professions, this.language,
				this.workloadHours, this.trainTheTrainers, this.changeAgents);
	}

}
