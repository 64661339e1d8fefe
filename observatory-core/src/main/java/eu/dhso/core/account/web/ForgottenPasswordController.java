package eu.dhso.core.account.web;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ForgottenPasswords;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Forgot password": the same answer whether or not the address belongs to an account,
 * and a link that sets a new password once.
 */
@Controller
class ForgottenPasswordController {

	private final ForgottenPasswords forgotten;

	private final AccountLifecycle accounts;

	ForgottenPasswordController(ForgottenPasswords forgotten, AccountLifecycle accounts) {
		this.forgotten = forgotten;
		this.accounts = accounts;
	}

	@GetMapping("/password/forgot")
	String form(Model model) {
		model.addAttribute("forgotten", new ForgottenPasswordForm(null));
		return "core/password-forgot";
	}

	@PostMapping("/password/forgot")
	String request(@Valid @ModelAttribute("forgotten") ForgottenPasswordForm form, BindingResult result,
			HttpServletRequest request, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "core/password-forgot";
		}
		this.forgotten.requestReset(form.email(), request.getRemoteAddr());
		redirect.addFlashAttribute("success", "password.forgot.sent");
		return "redirect:/login";
	}

	@GetMapping("/password/reset")
	String resetForm(@RequestParam(defaultValue = "") String token, Model model) {
		if (this.forgotten.usernameFor(token).isEmpty()) {
			return "core/password-reset-invalid";
		}
		model.addAttribute("reset", new PasswordResetForm(token, null, null));
		return "core/password-reset";
	}

	@PostMapping("/password/reset")
	String reset(@Valid @ModelAttribute("reset") PasswordResetForm form, BindingResult result,
			RedirectAttributes redirect) {
		Optional<String> username = this.forgotten.usernameFor(form.token());
		if (username.isEmpty()) {
			return "core/password-reset-invalid";
		}
		if (form.newPassword() != null && !form.newPassword().isEmpty()) {
			this.accounts.passwordViolation(form.newPassword(), username.get())
				.ifPresent((code) -> result.rejectValue("newPassword", code));
			if (!form.newPassword().equals(form.confirmPassword())) {
				result.rejectValue("confirmPassword", "password.mismatch");
			}
		}
		if (result.hasErrors()) {
			return "core/password-reset";
		}
		if (!this.forgotten.reset(form.token(), form.newPassword())) {
			return "core/password-reset-invalid";
		}
		redirect.addFlashAttribute("success", "password.reset.done");
		return "redirect:/login";
	}

}
