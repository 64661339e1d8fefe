package eu.dhso.core.directory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccount;
import eu.dhso.core.account.UserAccounts;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Looks people up by id or username, one at a time or in bulk. */
@Component
@Transactional(readOnly = true)
public class People {

	private final UserAccounts accounts;

	People(UserAccounts accounts) {
		this.accounts = accounts;
	}

	public Optional<Person> byId(Long id) {
		return (id != null) ? this.accounts.findById(id).map(People::person) : Optional.empty();
	}

	public Optional<Person> byUsername(String username) {
		return (username != null) ? this.accounts.findByUsernameIgnoreCase(username.strip()).map(People::person)
				: Optional.empty();
	}

	/** The display name, or an empty optional for an unknown id. */
	public Optional<String> displayName(Long id) {
		// one column: the account with its organisation through an entity graph cost a
		// seventh of the professional's page, which names each verifying mentor
		return (id != null) ? this.accounts.findDisplayNameById(id) : Optional.empty();
	}

	/** The people with these ids, in the order given; unknown ids are left out. */
	public Map<Long, Person> byIds(Collection<Long> ids) {
		Map<Long, Person> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		Map<Long, Person> byId = new LinkedHashMap<>();
		this.accounts.findAllByIdIn(ids).forEach((account) -> byId.put(account.getId(), person(account)));
		ids.forEach((id) -> {
			Person person = byId.get(id);
			if (person != null) {
				found.put(id, person);
			}
		});
		return found;
	}

	/**
	 * The person as a signed-in principal, without credentials: for work the application
	 * does on someone's behalf, such as loading demo content.
	 */
	public Optional<ObservatoryUser> principal(String username) {
		return (username != null) ? this.accounts.findByUsernameIgnoreCase(username.strip()).map((account) -> {
			ObservatoryUser user = new ObservatoryUser(account);
			user.eraseCredentials();
			return user;
		}) : Optional.empty();
	}

	/** The enabled accounts of a role, by display name: e.g. the mentors one may ask. */
	public List<Person> enabledWithRole(Role role) {
		return this.accounts.findAllByRoleAndEnabledTrueOrderByDisplayNameAscIdAsc(role)
			.stream()
			.map(People::person)
			.toList();
	}

	public boolean exists(String username) {
		return username != null && this.accounts.existsByUsernameIgnoreCase(username.strip());
	}

	public long count() {
		return this.accounts.count();
	}

	static Person person(UserAccount account) {
		Organisation organisation = account.getOrganisation();
		return new Person(account.getId(), account.getUsername(), account.getDisplayName(), account.getRole(),
				(organisation != null) ? organisation.getId() : null,
				(organisation != null) ? organisation.getName() : null, account.isVerified(), account.isEnabled(),
				account.isErased());
	}

}
