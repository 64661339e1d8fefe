package eu.dhso.core.account;

import java.util.List;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The signed-in principal: what pages need to check ownership without another query. */
@NamedInterface("account")
public class ObservatoryUser extends User {

	private final Long accountId;

	private final String displayName;

	private final Role role;

	private final Long organisationId;

	public ObservatoryUser(UserAccount account) {
		super(account.getUsername(), account.getPasswordHash(), account.isEnabled(), true, true, true,
				List.of(new SimpleGrantedAuthority(account.getRole().authority())));
		this.accountId = account.getId();
		this.displayName = account.getDisplayName();
		this.role = account.getRole();
		this.organisationId = (account.getOrganisation() != null) ? account.getOrganisation().getId() : null;
	}

	public Long getAccountId() {
		return this.accountId;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public Role getRole() {
		return this.role;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public boolean hasRole(Role role) {
		return this.role == role;
	}

	@Override
	public boolean equals(Object obj) {
		return super.equals(obj);
	}

	@Override
	public int hashCode() {
		return super.hashCode();
	}

}
