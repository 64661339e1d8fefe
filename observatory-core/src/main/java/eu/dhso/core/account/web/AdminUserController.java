package eu.dhso.core.account.web;

import jakarta.validation.Valid;

import eu.dhso.core.account.AccountNotFoundException;
import eu.dhso.core.account.AccountLifecycle.NewAccount;
import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.RoleApproval;
import eu.dhso.core.account.RoleRequest;
import eu.dhso.core.account.UserAccount;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.web.Paging;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
@PreAuthorize("hasRole('ADMIN')")
class AdminUserController {

	static final int PAGE_SIZE = 20;

	/**
	 * The filter value for self-registered accounts an administrator has not verified
	 * yet.
	 */
	static final String WAITING = "waiting";

	private final UserAccounts users;

	private final Organisations organisations;

	private final AccountLifecycle accounts;

	private final RoleApproval roles;

	AdminUserController(UserAccounts users, Organisations organisations, AccountLifecycle accounts,
			RoleApproval roles) {
		this.users = users;
		this.organisations = organisations;
		this.accounts = accounts;
		this.roles = roles;
	}

	@InitBinder("newUser")
	void allowedFields(WebDataBinder binder) {
		binder.setAllowedFields("username", "displayName", "email", "password", "confirmPassword", "role",
				"organisationId");
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "") String q, @RequestParam(required = false) Role role,
			@RequestParam(defaultValue = "") String verification, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "username") String sort, Model model) {
		boolean onlyWaiting = WAITING.equals(verification);
		Sort order = switch (sort) {
			case "created" -> Sort.by(Sort.Direction.DESC, "createdAt");
			case "role" -> Sort.by("role", "username");
			default -> Sort.by("username");
		};
		Page<UserAccount> result = this.users.search(q.strip(), role, onlyWaiting,
				new Paging(page, PAGE_SIZE).pageRequest(order));
		model.addAttribute("users", result);
		model.addAttribute("q", q);
		model.addAttribute("role", role);
		model.addAttribute("verification", onlyWaiting ? WAITING : "");
		model.addAttribute("sort", sort);
		model.addAttribute("roles", Role.values());
		model.addAttribute("roleRequests", this.roles.waiting());
		return "core/admin/users";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("newUser", new NewUserForm());
		return formView(model);
	}

	@PostMapping
	String create(@AuthenticationPrincipal ObservatoryUser admin, @Valid @ModelAttribute("newUser") NewUserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		NewAccountChecks.applyForAdministrator(form, result, this.accounts);
		if (form.getOrganisationId() != null && this.organisations.findById(form.getOrganisationId()).isEmpty()) {
			result.rejectValue("organisationId", "admin.users.organisation.unknown");
		}
		if (result.hasErrors()) {
			form.setPassword(null);
			form.setConfirmPassword(null);
			return formView(model);
		}
		UserAccount account = this.accounts.createByAdmin(admin.getUsername(),
				new NewAccount(form.getUsername(), form.getDisplayName(), form.getEmail(), form.getPassword()),
				form.getRole(), form.getOrganisationId());
		redirect.addFlashAttribute("success", "admin.users.created");
		return "redirect:/admin/users/" + account.getId();
	}

	@GetMapping("/{id}")
	String detail(@PathVariable Long id, Model model) {
		model.addAttribute("account", this.users.findById(id).orElseThrow(() -> new AccountNotFoundException(id)));
		model.addAttribute("roles", Role.values());
		RoleRequest request = this.roles.latest(id).orElse(null);
		model.addAttribute("roleRequest", request);
		if (request != null && request.isPending()) {
			model.addAttribute("organisations", this.organisations.findAllByOrderByName());
			if (!model.containsAttribute("roleDecisionForm")) {
				model.addAttribute("roleDecisionForm", new RoleDecisionForm(null,
						(request.getOrganisation() != null) ? request.getOrganisation().getId() : null, null));
			}
		}
		return "core/admin/user";
	}

	/**
	 * Approves a stakeholder's role for an organisation, or declines it with a reason;
	 * both audited. An approval ends the account's sessions.
	 */
	@PostMapping("/{id}/role-request")
	String decideRoleRequest(@AuthenticationPrincipal ObservatoryUser admin, @PathVariable Long id,
			@Valid @ModelAttribute RoleDecisionForm roleDecisionForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (this.roles.latest(id).filter(RoleRequest::isPending).isEmpty()) {
			redirect.addFlashAttribute("error", "admin.roleRequest.none");
			return "redirect:/admin/users/" + id;
		}
		if (roleDecisionForm.approves() && (roleDecisionForm.organisationId() == null
				|| this.organisations.findById(roleDecisionForm.organisationId()).isEmpty())) {
			result.rejectValue("organisationId", "admin.roleRequest.organisation.missing");
		}
		if (!roleDecisionForm.approves() && roleDecisionForm.reasonOrNull() == null) {
			result.rejectValue("reason", "admin.roleRequest.reason.missing");
		}
		if (result.hasErrors()) {
			return detail(id, model);
		}
		if (roleDecisionForm.approves()) {
			this.roles.approve(admin.getUsername(), id, roleDecisionForm.organisationId());
			redirect.addFlashAttribute("success", "admin.roleRequest.approved");
		}
		else {
			this.roles.decline(admin.getUsername(), id, roleDecisionForm.reasonOrNull());
			redirect.addFlashAttribute("success", "admin.roleRequest.declined");
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@AuthenticationPrincipal ObservatoryUser admin, @PathVariable Long id,
			RedirectAttributes redirect) {
		if (id.equals(admin.getAccountId())) {
			redirect.addFlashAttribute("error", "admin.users.cannotDeactivateSelf");
		}
		else {
			this.accounts.deactivate(admin.getUsername(), id);
			redirect.addFlashAttribute("success", "admin.users.deactivated");
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/reactivate")
	String reactivate(@AuthenticationPrincipal ObservatoryUser admin, @PathVariable Long id,
			RedirectAttributes redirect) {
		this.accounts.reactivate(admin.getUsername(), id);
		redirect.addFlashAttribute("success", "admin.users.reactivated");
		return "redirect:/admin/users/" + id;
	}

	/**
	 * The administrator confirms that a real person holds the account; only then do its
	 * answers count toward published figures.
	 */
	@PostMapping("/{id}/verify")
	String verify(@AuthenticationPrincipal ObservatoryUser admin, @PathVariable Long id,
			@RequestParam(required = false) String confirm, RedirectAttributes redirect) {
		if (!"yes".equals(confirm)) {
			redirect.addFlashAttribute("error", "admin.users.verify.unconfirmed");
		}
		else {
			this.accounts.verify(admin.getUsername(), id);
			redirect.addFlashAttribute("success", "admin.users.verified");
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/role")
	String changeRole(@AuthenticationPrincipal ObservatoryUser admin, @PathVariable Long id,
			@RequestParam(required = false) Role role, RedirectAttributes redirect) {
		if (id.equals(admin.getAccountId())) {
			redirect.addFlashAttribute("error", "admin.users.cannotChangeOwnRole");
		}
		else if (role == null) {
			redirect.addFlashAttribute("error", "admin.users.role.missing");
		}
		else {
			this.accounts.changeRole(admin.getUsername(), id, role);
			redirect.addFlashAttribute("success", "admin.users.roleChanged");
		}
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/password")
	String resetPassword(@AuthenticationPrincipal ObservatoryUser admin, @PathVariable Long id,
			@RequestParam String newPassword, RedirectAttributes redirect) {
		UserAccount account = this.users.findById(id).orElseThrow(() -> new AccountNotFoundException(id));
		var violation = this.accounts.passwordViolation(newPassword, account.getUsername());
		if (violation.isPresent()) {
			redirect.addFlashAttribute("error", violation.get());
		}
		else {
			this.accounts.resetPassword(admin.getUsername(), id, newPassword);
			redirect.addFlashAttribute("success", "admin.users.passwordReset");
		}
		return "redirect:/admin/users/" + id;
	}

	private String formView(Model model) {
		model.addAttribute("roles", Role.values());
		model.addAttribute("organisations", this.organisations.findAllByOrderByName());
		return "core/admin/user-new";
	}

}
