package eu.dhso.skills.web;

import java.util.List;
import java.util.Optional;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.skills.agents.ChangeAgentRoster;
import eu.dhso.skills.maturity.MaturityAssessment;
import eu.dhso.skills.maturity.MaturityAssessment.RoundSummary;
import eu.dhso.skills.maturity.MaturityDimension;
import eu.dhso.skills.maturity.MaturityProfiles;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Organisational digital maturity and team resilience: the model for everyone, the rounds
 * for an organisation's managers, and a closed round's profile beside earlier rounds and
 * organisations of the same type.
 */
@Controller
class MaturityController {

	private final MaturityAssessment assessment;

	private final MaturityProfiles profiles;

	private final ChangeAgentRoster agents;

	MaturityController(MaturityAssessment assessment, MaturityProfiles profiles, ChangeAgentRoster agents) {
		this.assessment = assessment;
		this.profiles = profiles;
		this.agents = agents;
	}

	@GetMapping("/maturity")
	String overview(@AuthenticationPrincipal ObservatoryUser user, Model model) {
		model.addAttribute("dimensions", MaturityDimension.values());
		model.addAttribute("competenceTitles", this.agents.competenceTitles());
		model.addAttribute("rosters", this.agents.rosterOrganisations());
		model.addAttribute("minGroupSize", this.profiles.minGroupSize());
		if (user != null) {
			model.addAttribute("managed", this.assessment.managedOrganisations(user));
			model.addAttribute("rounds", this.assessment.roundsFor(user));
			model.addAttribute("admin", user.hasRole(Role.ADMIN));
			if (!model.containsAttribute("round")) {
				model.addAttribute("round", new RoundForm(null, null, null, null));
			}
		}
		return "skills/maturity/overview";
	}

	@PostMapping("/maturity/rounds")
	String create(@AuthenticationPrincipal ObservatoryUser user, @Valid @ModelAttribute("round") RoundForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Long organisation = user.hasRole(Role.ADMIN) ? form.organisationId() : user.getOrganisationId();
		if (organisation == null) {
			result.rejectValue("organisationId", "NotNull");
		}
		if (form.periodStart() != null && form.periodEnd() != null && form.periodEnd().isBefore(form.periodStart())) {
			result.rejectValue("periodEnd", "skills.maturity.error.period");
		}
		if (result.hasErrors()) {
			return overview(user, model);
		}
		Long id = this.assessment.create(user, organisation, form.title(), form.periodStart(), form.periodEnd());
		redirect.addFlashAttribute("success", "skills.maturity.round.created");
		return "redirect:/maturity/rounds/" + id;
	}

	@GetMapping("/maturity/rounds/{id:\\d+}")
	String round(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id, Model model) {
		RoundSummary round = this.assessment.managed(user, id);
		model.addAttribute("summary", round);
		model.addAttribute("dimensions", MaturityDimension.values());
		model.addAttribute("minGroupSize", this.profiles.minGroupSize());
		model.addAttribute("profile", round.isClosed() ? this.profiles.profile(user, id) : null);
		if (!model.containsAttribute("invite")) {
			model.addAttribute("invite", new InviteForm(null));
		}
		return "skills/maturity/round";
	}

	@PostMapping("/maturity/rounds/{id:\\d+}/open")
	String open(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.assessment.open(user, id);
		redirect.addFlashAttribute("success", "skills.maturity.round.opened");
		return "redirect:/maturity/rounds/" + id;
	}

	@PostMapping("/maturity/rounds/{id:\\d+}/close")
	String close(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id,
			@RequestParam Optional<Boolean> confirm, RedirectAttributes redirect) {
		if (!confirm.orElse(false)) {
			this.assessment.managed(user, id);
			redirect.addFlashAttribute("closeError", true);
			return "redirect:/maturity/rounds/" + id;
		}
		this.assessment.close(user, id);
		redirect.addFlashAttribute("success", "skills.maturity.round.closed");
		return "redirect:/maturity/rounds/" + id;
	}

	@PostMapping("/maturity/rounds/{id:\\d+}/invitations")
	String invite(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id,
			@Valid @ModelAttribute("invite") InviteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Optional<List<String>> addresses = result.hasErrors() ? Optional.empty()
				: MaturityAssessment.addresses(form.addresses());
		if (!result.hasErrors() && addresses.isEmpty()) {
			result.rejectValue("addresses", "skills.maturity.error.addresses");
		}
		else if (addresses.isPresent() && addresses.get().size() > MaturityAssessment.MAX_INVITATIONS) {
			result.rejectValue("addresses", "skills.maturity.error.tooMany",
					new Object[] { MaturityAssessment.MAX_INVITATIONS }, null);
		}
		if (result.hasErrors()) {
			return round(user, id, model);
		}
		int sent = this.assessment.invite(user, id, addresses.get());
		redirect.addFlashAttribute("invited", sent);
		return "redirect:/maturity/rounds/" + id;
	}

}
