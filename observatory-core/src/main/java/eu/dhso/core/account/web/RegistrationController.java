package eu.dhso.core.account.web;

import jakarta.validation.Valid;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.AccountLifecycle.NewAccount;
import eu.dhso.core.account.UsernameTakenException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Self-registration, open to health professionals only. */
@Controller
class RegistrationController {

	private final AccountLifecycle accounts;

	RegistrationController(AccountLifecycle accounts) {
		this.accounts = accounts;
	}

	@InitBinder("registration")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("username", "displayName", "email", "password", "confirmPassword");
	}

	@GetMapping("/register")
	String form(@ModelAttribute("registration") RegistrationForm form) {
		return "core/register";
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("registration") RegistrationForm form, BindingResult result,
			RedirectAttributes redirect) {
		NewAccountChecks.apply(form, result, this.accounts);
		if (result.hasErrors()) {
			form.setPassword(null);
			form.setConfirmPassword(null);
			return "core/register";
		}
		try {
			this.accounts.register(
					new NewAccount(form.getUsername(), form.getDisplayName(), form.getEmail(), form.getPassword()));
		}
		catch (UsernameTakenException | DataIntegrityViolationException ex) {
			// the same name registered at the same moment: answered like any taken name
		}
		// the same answer whether or not the name was free, so names cannot be probed
		// here
		redirect.addFlashAttribute("success", "register.done");
		return "redirect:/login";
	}

}
