package eu.dhso.skills.web;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

/**
 * A change agent to name: an account of the organisation and the competences they
 * champion.
 */
record NominationForm(Long organisationId, @NotBlank @Size(max = 60) String username,
		@NotEmpty @Size(max = 10) List<String> competences) {

}
