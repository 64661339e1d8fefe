package eu.dhso.core.account.web;

import eu.dhso.core.account.AccountService;

import org.springframework.validation.BindingResult;

/**
 * The checks Bean Validation cannot make: the password policy, matching passwords, free
 * names.
 */
final class NewAccountChecks {

	private NewAccountChecks() {
	}

	static void apply(RegistrationForm form, BindingResult result, AccountService accounts) {
		if (form.getPassword() != null && !form.getPassword().isEmpty()) {
			accounts.passwordViolation(form.getPassword(), form.getUsername())
				.ifPresent((code) -> result.rejectValue("password", code));
			if (!form.getPassword().equals(form.getConfirmPassword())) {
				result.rejectValue("confirmPassword", "password.mismatch");
			}
		}
		if (!result.hasFieldErrors("username") && form.getUsername() != null
				&& accounts.usernameTaken(form.getUsername())) {
			result.rejectValue("username", "account.username.taken");
		}
	}

}
