package eu.dhso.core.account.web;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.PersonNames;

import org.springframework.validation.BindingResult;

/**
 * The checks Bean Validation cannot make: the password policy, matching passwords, names
 * without hidden characters and, for administrators only, free usernames (registration
 * never says whether a name exists).
 */
final class NewAccountChecks {

	private NewAccountChecks() {
	}

	static void apply(RegistrationForm form, BindingResult result, AccountLifecycle accounts) {
		if (PersonNames.hasHiddenCharacters(form.getDisplayName())) {
			result.rejectValue("displayName", "account.name.hiddenCharacters");
		}
		if (!result.hasFieldErrors("username") && PersonNames.hasHiddenCharacters(form.getUsername())) {
			result.rejectValue("username", "account.name.hiddenCharacters");
		}
		if (form.getPassword() != null && !form.getPassword().isEmpty()) {
			accounts.passwordViolation(form.getPassword(), form.getUsername())
				.ifPresent((code) -> result.rejectValue("password", code));
			if (!form.getPassword().equals(form.getConfirmPassword())) {
				result.rejectValue("confirmPassword", "password.mismatch");
			}
		}
	}

	static void applyForAdministrator(NewUserForm form, BindingResult result, AccountLifecycle accounts) {
		apply(form, result, accounts);
		if (!result.hasFieldErrors("username") && form.getUsername() != null
				&& accounts.usernameTaken(form.getUsername())) {
			result.rejectValue("username", "account.username.taken");
		}
	}

}
