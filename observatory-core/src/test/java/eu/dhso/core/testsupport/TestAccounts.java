package eu.dhso.core.testsupport;

import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.AccountLifecycle.NewAccount;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccount;

/** Accounts with unique names, so tests sharing one database never collide. */
public final class TestAccounts {

	public static final String PASSWORD = "correct horse battery staple";

	private TestAccounts() {
	}

	public static UserAccount create(AccountLifecycle accounts, Role role, Organisation organisation) {
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return accounts.createIfAbsent(new NewAccount(username, "Test " + role, null, PASSWORD), role, organisation)
			.orElseThrow();
	}

}
