package eu.dhso.lab.web;

import java.util.List;

import eu.dhso.lab.resource.ResourceFields;
import eu.dhso.lab.resource.ResourceKind;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** A new resource of the library: its metadata and exactly one of a file and a link. */
record ResourceForm(
		@NotBlank(message = "{lab.resource.error.title}") @Size(max = 200,
				message = "{lab.resource.error.title}") String title,
		@NotBlank(message = "{lab.resource.error.description}") @Size(max = 4000,
				message = "{lab.resource.error.description}") String description,
		@NotNull(message = "{lab.resource.error.fields}") ResourceKind kind,
		@NotNull(message = "{lab.scheme.error.language}") @Pattern(regexp = "en|el|hu|it|lt|ro|da|de|es|fr|mt",
				message = "{lab.scheme.error.language}") String language,
		@NotBlank(message = "{lab.resource.error.fields}") @Size(max = 40,
				message = "{lab.resource.error.fields}") String licence,
		@Min(value = 1, message = "{lab.resource.error.fields}") @Max(value = 4,
				message = "{lab.resource.error.fields}") Integer level,
		List<String> competences, List<String> technologies, List<String> professions, String externalUrl,
		MultipartFile file) {

	ResourceForm {
		competences = SchemeEditController.list(competences);
		technologies = SchemeEditController.list(technologies);
		professions = SchemeEditController.list(professions);
	}

	static ResourceForm blank() {
		return new ResourceForm("", "", ResourceKind.DOCUMENT, "en", "CC BY 4.0", null, List.of(), List.of(), List.of(),
				"", null);
	}

	ResourceFields fields() {
		return new ResourceFields(this.title.strip(), this.description.strip(), this.kind, this.language,
				this.licence.strip(), this.level, this.competences, this.technologies, this.professions,
				this.externalUrl);
	}

}
