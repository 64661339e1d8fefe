package eu.dhso.cases.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** The organisation and country a case is moved to, with the version the editor saw. */
record RelocationForm(@NotNull Long version, @NotNull Long organisationId, @NotBlank String countryCode) {

}
