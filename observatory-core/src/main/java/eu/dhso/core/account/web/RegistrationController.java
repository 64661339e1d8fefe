package eu.dhso.core.account.web;

import jakarta.validation.Valid;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.AccountLifecycle.NewAccount;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.RoleApproval;
import eu.dhso.core.account.StakeholderKind;
import eu.dhso.core.text.Blank;
import eu.dhso.core.account.UsernameTakenException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Self-registration: health professionals at once; trainers, partners and organisation
 * managers with a request for their role that an administrator approves. The role itself
 * is never bound from the form.
 */
@Controller
class RegistrationController {

	private final AccountLifecycle accounts;

	private final RoleApproval roles;

	private final Organisations organisations;

	RegistrationController(AccountLifecycle accounts, RoleApproval roles, Organisations organisations) {
		this.accounts = accounts;
		this.roles = roles;
		this.organisations = organisations;
	}

	@InitBinder("registration")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("username", "displayName", "email", "password", "confirmPassword", "kind",
				"organisationId", "organisationName", "purpose");
	}

	@GetMapping("/register")
	String form(@ModelAttribute("registration") RegistrationForm form, Model model) {
		return view(model);
	}

	@PostMapping("/register")
	String register(@Valid @ModelAttribute("registration") RegistrationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		NewAccountChecks.apply(form, result, this.accounts);
		if (form.getKind() != null) {
			stakeholderChecks(form, result);
		}
		if (result.hasErrors()) {
			form.setPassword(null);
			form.setConfirmPassword(null);
			return view(model);
		}
		NewAccount account = new NewAccount(form.getUsername(), form.getDisplayName(), form.getEmail(),
				form.getPassword());
		try {
			if (form.getKind() == null) {
				this.accounts.register(account);
			}
			else {
				this.roles.register(account, form.getKind(), form.getOrganisationId(),
						Blank.toNull(form.getOrganisationName()), form.getPurpose());
			}
		}
		catch (UsernameTakenException | DataIntegrityViolationException ex) {
			// the same name registered at the same moment: answered like any taken name
		}
		// the same answer whether or not the name was free, so names cannot be probed
		// here
		redirect.addFlashAttribute("success", (form.getKind() == null) ? "register.done" : "register.done.pending");
		return "redirect:/login";
	}

	private void stakeholderChecks(RegistrationForm form, BindingResult result) {
		if (form.getOrganisationId() != null && this.organisations.findById(form.getOrganisationId()).isEmpty()) {
			result.rejectValue("organisationId", "register.organisation.unknown");
		}
		if (form.getOrganisationId() == null && Blank.toNull(form.getOrganisationName()) == null) {
			result.rejectValue("organisationId", "register.organisation.missing");
		}
		if (Blank.toNull(form.getPurpose()) == null) {
			result.rejectValue("purpose", "register.purpose.missing");
		}
	}

	private String view(Model model) {
		model.addAttribute("kinds", StakeholderKind.values());
		model.addAttribute("organisations", this.organisations.findAllByOrderByName());
		return "core/register";
	}

}
