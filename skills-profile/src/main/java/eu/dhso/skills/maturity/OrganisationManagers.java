package eu.dhso.skills.maturity;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;

import org.springframework.security.access.AccessDeniedException;

/**
 * Who may run an organisation's rounds and name its change agents: its partners (the
 * organisation's managers) and administrators.
 */
public final class OrganisationManagers {

	private OrganisationManagers() {
	}

	public static boolean mayManage(ObservatoryUser user, Long organisationId) {
		if (user == null || organisationId == null) {
			return false;
		}
		return user.hasRole(Role.ADMIN)
				|| (user.hasRole(Role.PARTNER) && organisationId.equals(user.getOrganisationId()));
	}

	public static void requireManager(ObservatoryUser user, Long organisationId) {
		if (!mayManage(user, organisationId)) {
			throw new AccessDeniedException("Not a manager of organisation " + organisationId);
		}
	}

}
