package eu.dhso.core.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import eu.dhso.core.account.PersonNames;
import eu.dhso.core.account.StakeholderKind;

/**
 * What a person types to register (a health professional, or a stakeholder asking for a
 * role); also the base of the admin's new-user form.
 */
class RegistrationForm {

	@NotBlank
	@Size(min = 3, max = 60)
	@Pattern(regexp = "[A-Za-z0-9._-]*")
	private String username;

	@NotBlank
	@Size(max = 120)
	private String displayName;

	@Email
	@Size(max = 254)
	private String email;

	@NotBlank
	private String password;

	@NotBlank
	private String confirmPassword;

	/** Null for a health professional; a stakeholder's role needs an administrator. */
	private StakeholderKind kind;

	private Long organisationId;

	@Size(max = 200)
	private String organisationName;

	@Size(max = 1000)
	private String purpose;

	public StakeholderKind getKind() {
		return this.kind;
	}

	public void setKind(StakeholderKind kind) {
		this.kind = kind;
	}

	public Long getOrganisationId() {
		return this.organisationId;
	}

	public void setOrganisationId(Long organisationId) {
		this.organisationId = organisationId;
	}

	public String getOrganisationName() {
		return this.organisationName;
	}

	public void setOrganisationName(String organisationName) {
		this.organisationName = organisationName;
	}

	public String getPurpose() {
		return this.purpose;
	}

	public void setPurpose(String purpose) {
		this.purpose = purpose;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = PersonNames.normalise(displayName);
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
