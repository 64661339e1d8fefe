package eu.dhso.guidelines.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A guest without an account registering for an event. */
record GuestRegistrationForm(@NotBlank @Size(max = 200) String name, @NotBlank @Email @Size(max = 254) String email,
		@NotBlank @Size(max = 200) String organisation) {

	static GuestRegistrationForm empty() {
		return new GuestRegistrationForm(null, null, null);
	}

}
