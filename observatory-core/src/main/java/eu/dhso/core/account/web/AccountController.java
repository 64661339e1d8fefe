package eu.dhso.core.account.web;

import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.RoleApproval;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.VerifiedPeople;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account. */
@Controller
class AccountController {

	private final AccountLifecycle accounts;

	private final VerifiedPeople verifiedPeople;

	private final RoleApproval roles;

	AccountController(AccountLifecycle accounts, VerifiedPeople verifiedPeople, RoleApproval roles) {
		this.roles = roles;
		this.accounts = accounts;
		this.verifiedPeople = verifiedPeople;
	}

	/** Whether the person's answers count in published figures yet. */
	@ModelAttribute("verified")
	boolean verified(@AuthenticationPrincipal ObservatoryUser user) {
		return user != null && this.verifiedPeople.isVerified(user.getAccountId());
	}

	@GetMapping("/account")
	String account(@AuthenticationPrincipal ObservatoryUser user, Model model) {
		model.addAttribute("passwordChange", new PasswordChangeForm());
		model.addAttribute("roleRequest", this.roles.latest(user.getAccountId()).orElse(null));
		return "core/account";
	}

	@PostMapping("/account/password")
	String changePassword(@AuthenticationPrincipal ObservatoryUser user,
			@Valid @ModelAttribute("passwordChange") PasswordChangeForm form, BindingResult result, HttpSession session,
			RedirectAttributes redirect) {
		if (form.getNewPassword() != null && !form.getNewPassword().isEmpty()) {
			this.accounts.passwordViolation(form.getNewPassword(), user.getUsername())
				.ifPresent((code) -> result.rejectValue("newPassword", code));
			if (!form.getNewPassword().equals(form.getConfirmPassword())) {
				result.rejectValue("confirmPassword", "password.mismatch");
			}
		}
		// this session stays signed in; every other one of the account ends
		if (!result.hasErrors() && !this.accounts.changeOwnPassword(user.getUsername(), form.getCurrentPassword(),
				form.getNewPassword(), session.getId())) {
			result.rejectValue("currentPassword", "password.currentWrong");
		}
		if (result.hasErrors()) {
			return "core/account";
		}
		redirect.addFlashAttribute("success", "account.password.changed");
		return "redirect:/account";
	}

}
