package eu.dhso.core.account.web;

import jakarta.validation.constraints.NotNull;

import eu.dhso.core.account.Role;

/** An administrator creates any kind of account, optionally tied to an organisation. */
class NewUserForm extends RegistrationForm {

	@NotNull
	private Role role;

	private Long organisationId;

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

}
