package eu.dhso.core.account.web;

import jakarta.validation.constraints.NotBlank;

/**
 * The password typed again to confirm that the person at the keyboard is the account's
 * owner.
 */
class ErasureForm {

	@NotBlank
	private String password;

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
