package eu.dhso.core.account.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The address a "forgot password" link is sent to. */
record ForgottenPasswordForm(@NotBlank @Email @Size(max = 254) String email) {

}
