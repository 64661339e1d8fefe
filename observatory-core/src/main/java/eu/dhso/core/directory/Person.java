package eu.dhso.core.directory;

import eu.dhso.core.account.Role;

/**
 * An account as other modules see it: no password, no e-mail. An erased account keeps its
 * row under a random name, disabled and without organisation.
 */
public record Person(Long id, String username, String displayName, Role role, Long organisationId,
		String organisationName, boolean verified, boolean enabled, boolean erased) {

	public boolean hasRole(Role role) {
		return this.role == role;
	}

}
