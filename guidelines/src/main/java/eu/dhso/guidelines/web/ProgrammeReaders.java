package eu.dhso.guidelines.web;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;

/**
 * Who manages the ProMIS records (steering committees, training plans): administrators.
 * Everyone else reads what is published.
 */
final class ProgrammeReaders {

	private ProgrammeReaders() {
	}

	static boolean manager(ObservatoryUser user) {
		return user != null && user.hasRole(Role.ADMIN);
	}

}
