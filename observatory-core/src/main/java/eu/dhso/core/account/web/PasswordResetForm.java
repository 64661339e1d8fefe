package eu.dhso.core.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new password set through a "forgot password" link. */
record PasswordResetForm(@Size(max = 100) String token, @NotBlank @Size(max = 128) String newPassword,
		@NotBlank @Size(max = 128) String confirmPassword) {

}
