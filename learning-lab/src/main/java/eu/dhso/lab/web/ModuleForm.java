package eu.dhso.lab.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A module's title, summary and technologies. */
record ModuleForm(@NotBlank @Size(max = 200) String title, @Size(max = 4000) String summary,
		List<String> technologies) {

	ModuleForm {
		summary = (summary != null) ? summary.strip() : "";
		technologies = SchemeEditController.list(technologies);
	}

}
