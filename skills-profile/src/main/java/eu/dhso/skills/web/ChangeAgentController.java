package eu.dhso.skills.web;

import java.time.LocalDate;
import java.util.List;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.skills.agents.ActivityKind;
import eu.dhso.skills.agents.AgentNotFoundException;
import eu.dhso.skills.agents.ChangeAgentRoster;
import eu.dhso.skills.agents.ChangeAgentRoster.AgentView;
import eu.dhso.skills.agents.ChangeAgentRoster.NewActivity;
import eu.dhso.skills.agents.NomineeException;
import eu.dhso.skills.maturity.MaturityAssessment;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Digital change agents: nominations and their acceptance, an organisation's agents for
 * its managers, one agent's activities, and the public roster of those who accepted.
 */
@Controller
class ChangeAgentController {

	private final ChangeAgentRoster roster;

	private final MaturityAssessment assessment;

	ChangeAgentController(ChangeAgentRoster roster, MaturityAssessment assessment) {
		this.roster = roster;
		this.assessment = assessment;
	}

	@GetMapping("/maturity/agents")
	String agents(@AuthenticationPrincipal ObservatoryUser user, Model model) {
		model.addAttribute("mine", this.roster.mine(user));
		var managed = this.assessment.managedOrganisations(user);
		model.addAttribute("managed", managed);
		model.addAttribute("admin", user.hasRole(Role.ADMIN));
		model.addAttribute("organisationAgents",
				managed.stream().flatMap((o) -> this.roster.ofOrganisation(user, o.id()).stream()).toList());
		model.addAttribute("competenceTitles", this.roster.competenceTitles());
		if (!model.containsAttribute("nomination")) {
			model.addAttribute("nomination", new NominationForm(null, null, List.of()));
		}
		return "skills/maturity/agents";
	}

	@PostMapping("/maturity/agents")
	String nominate(@AuthenticationPrincipal ObservatoryUser user,
			@Valid @ModelAttribute("nomination") NominationForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		Long organisation = user.hasRole(Role.ADMIN) ? form.organisationId() : user.getOrganisationId();
		if (organisation == null) {
			result.rejectValue("organisationId", "NotNull");
		}
		if (!result.hasErrors()) {
			try {
				this.roster.nominate(user, organisation, form.username(), form.competences());
				redirect.addFlashAttribute("success", "skills.agents.nominated");
				return "redirect:/maturity/agents";
			}
			catch (NomineeException ex) {
				result.rejectValue(ex.messageKey().endsWith("competences") ? "competences" : "username",
						ex.messageKey());
			}
		}
		return agents(user, model);
	}

	@PostMapping("/maturity/agents/{id:\\d+}/accept")
	String accept(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.roster.accept(user, id);
		redirect.addFlashAttribute("success", "skills.agents.accepted");
		return "redirect:/maturity/agents";
	}

	@PostMapping("/maturity/agents/{id:\\d+}/decline")
	String decline(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.roster.decline(user, id);
		redirect.addFlashAttribute("success", "skills.agents.declined");
		return "redirect:/maturity/agents";
	}

	@PostMapping("/maturity/agents/{id:\\d+}/end")
	String end(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id, RedirectAttributes redirect) {
		this.roster.end(user, id);
		redirect.addFlashAttribute("success", "skills.agents.ended");
		return "redirect:/maturity/agents";
	}

	@GetMapping("/maturity/agents/{id:\\d+}")
	String agent(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id, Model model) {
		model.addAttribute("detail", this.roster.detail(user, id));
		model.addAttribute("kinds", ActivityKind.values());
		model.addAttribute("competenceTitles", this.roster.competenceTitles());
		if (!model.containsAttribute("activity")) {
			model.addAttribute("activity", new AgentActivityForm(LocalDate.now(), null, List.of(), null, null));
		}
		return "skills/maturity/agent";
	}

	@PostMapping("/maturity/agents/{id:\\d+}/activities")
	String log(@AuthenticationPrincipal ObservatoryUser user, @PathVariable Long id,
			@Valid @ModelAttribute("activity") AgentActivityForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.roster.logActivity(user, id,
						new NewActivity(form.date(), form.kind(),
								(form.competences() != null) ? form.competences() : List.of(), form.peopleReached(),
								(form.note() != null && !form.note().isBlank()) ? form.note().strip() : null));
				redirect.addFlashAttribute("success", "skills.agents.activity.logged");
				return "redirect:/maturity/agents/" + id;
			}
			catch (NomineeException ex) {
				result.rejectValue("competences", ex.messageKey());
			}
		}
		return agent(user, id, model);
	}

	@GetMapping("/maturity/organisations/{id:\\d+}/agents")
	String roster(@PathVariable Long id, Model model) {
		model.addAttribute("organisation", this.roster.organisation(id).orElseThrow(AgentNotFoundException::new));
		List<AgentView> agents = this.roster.roster(id);
		model.addAttribute("agents", agents);
		model.addAttribute("competenceTitles", this.roster.competenceTitles());
		return "skills/maturity/roster";
	}

}
