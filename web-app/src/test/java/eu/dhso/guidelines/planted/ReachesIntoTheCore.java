package eu.dhso.guidelines.planted;

import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.UserAccount;

/**
 * A module class that breaks the closed core, as the architecture rules must refuse it:
 * it holds core's repository and reads core's entity. Only the rules' own tests import
 * it.
 */
public class ReachesIntoTheCore {

	private final Organisations organisations;

	ReachesIntoTheCore(Organisations organisations) {
		this.organisations = organisations;
	}

	public long count() {
		return this.organisations.count();
	}

	public String name(UserAccount account) {
		return account.getDisplayName();
	}

}
