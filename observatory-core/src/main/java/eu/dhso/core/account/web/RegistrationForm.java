package eu.dhso.core.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import eu.dhso.core.account.PersonNames;

/**
 * What a health professional types to register; also the base of the admin's new-user
 * form.
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
