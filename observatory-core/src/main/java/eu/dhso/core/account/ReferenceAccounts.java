package eu.dhso.core.account;

import eu.dhso.core.account.AccountService.NewAccount;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations and accounts the application sets up itself (demo and reference data):
 * each created once, verified, and left untouched when it exists.
 */
@Component
@Transactional
@NamedInterface("account")
public class ReferenceAccounts {

	private final Organisations organisations;

	private final AccountService accounts;

	ReferenceAccounts(Organisations organisations, AccountService accounts) {
		this.organisations = organisations;
		this.accounts = accounts;
	}

	/** Whether the organisation was added. */
	public boolean addOrganisationIfAbsent(String name, OrganisationType type, String countryCode) {
		if (this.organisations.findByName(name).isPresent()) {
			return false;
		}
		this.organisations.save(new Organisation(name, type, countryCode));
		return true;
	}

	/**
	 * Whether the account was added; {@code organisationName}, when given, must name an
	 * existing organisation.
	 */
	public boolean addAccountIfAbsent(String username, String displayName, String password, Role role,
			String organisationName) {
		Organisation organisation = (organisationName != null)
				? this.organisations.findByName(organisationName).orElseThrow() : null;
		return this.accounts.createIfAbsent(new NewAccount(username, displayName, null, password), role, organisation)
			.isPresent();
	}

}
