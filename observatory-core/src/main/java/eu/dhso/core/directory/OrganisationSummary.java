package eu.dhso.core.directory;

import eu.dhso.core.account.OrganisationType;

/** A partner organisation as other modules see it. */
public record OrganisationSummary(Long id, String name, OrganisationType type, String countryCode) {
}
