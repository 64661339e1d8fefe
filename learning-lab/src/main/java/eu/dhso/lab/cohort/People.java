package eu.dhso.lab.cohort;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccounts;

import org.springframework.stereotype.Component;

/**
 * The accounts the cohort pages name or look up, read through core and by id: the lab
 * never joins core's tables.
 */
@Component
class People {

	private final UserAccounts accounts;

	People(UserAccounts accounts) {
		this.accounts = accounts;
	}

	List<Person> named(Collection<Long> ids) {
		return ids.stream().map(this.accounts::findById).flatMap(Optional::stream).map(People::person).toList();
	}

	/** An enabled account with this username, of one of the roles, or none. */
	Optional<Person> enabled(String username, Role... roles) {
		return this.accounts.findByUsernameIgnoreCase((username != null) ? username.strip() : "")
			.filter((a) -> a.isEnabled() && List.of(roles).contains(a.getRole()))
			.map(People::person);
	}

	private static Person person(eu.dhso.core.account.UserAccount account) {
		return new Person(account.getId(), account.getUsername(), account.getDisplayName());
	}

	record Person(long id, String username, String displayName) {
	}

}
