package eu.dhso.guidelines.web;

import java.time.LocalDate;

import eu.dhso.core.text.Blank;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.guidelines.network.IllegalMemberTransitionException;
import eu.dhso.guidelines.network.Network;
import eu.dhso.guidelines.network.NetworkMember.ApplicationView;
import eu.dhso.guidelines.network.StaleMemberException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Administrators decide on applications and record members' pledges and their progress.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class NetworkAdminController {

	private final Network network;

	NetworkAdminController(Network network) {
		this.network = network;
	}

	@GetMapping("/network/manage")
	String applications(Model model) {
		model.addAttribute("applications", this.network.applications());
		return "guidelines/network-manage";
	}

	@GetMapping("/network/manage/{id:\\d+}")
	String application(@PathVariable long id, Model model) {
		ApplicationView application = find(id);
		model.addAttribute("decisionForm", new DecisionForm(false, null, application.version()));
		model.addAttribute("pledgeForm", PledgeForm.empty());
		return page(application, model);
	}

	@PostMapping("/network/manage/{id:\\d+}/decision")
	String decide(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute DecisionForm decisionForm, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		ApplicationView application = find(id);
		if (!decisionForm.approves() && decisionForm.reasonOrNull() == null) {
			result.rejectValue("reason", "guidelines.network.reason.required");
		}
		if (result.hasErrors()) {
			model.addAttribute("pledgeForm", PledgeForm.empty());
			return page(application, model);
		}
		try {
			this.network.decide(id, decisionForm.version(), decisionForm.approves(), decisionForm.reasonOrNull(),
					user.getUsername());
		}
		catch (StaleMemberException | OptimisticLockingFailureException ex) {
			// keep the reason the admin typed, against the member as it is now
			ApplicationView now = find(id);
			response.setStatus(HttpStatus.CONFLICT.value());
			model.addAttribute("error", "guidelines.network.stale");
			model.addAttribute("decisionForm",
					new DecisionForm(decisionForm.approves(), decisionForm.reason(), now.version()));
			model.addAttribute("keptReason", decisionForm.reasonOrNull());
			model.addAttribute("pledgeForm", PledgeForm.empty());
			return page(now, model);
		}
		catch (IllegalMemberTransitionException ex) {
			redirect.addFlashAttribute("error", "guidelines.network.decided");
			return "redirect:/network/manage/" + id;
		}
		redirect.addFlashAttribute("success",
				decisionForm.approves() ? "guidelines.network.approved" : "guidelines.network.declined");
		return "redirect:/network/manage/" + id;
	}

	@PostMapping("/network/manage/{id:\\d+}/pledges")
	String pledge(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute PledgeForm pledgeForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		ApplicationView application = find(id);
		if (result.hasErrors()) {
			model.addAttribute("decisionForm", new DecisionForm(false, null, application.version()));
			return page(application, model);
		}
		try {
			this.network.pledge(id, pledgeForm.title().strip(), pledgeForm.kpi().strip(), pledgeForm.target(),
					pledgeForm.deadline(), user.getUsername());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		redirect.addFlashAttribute("success", "guidelines.pledge.saved");
		return "redirect:/network/manage/" + id;
	}

	@PostMapping("/network/manage/{id:\\d+}/pledges/{pledge:\\d+}/progress")
	String progress(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, @PathVariable long pledge,
			@Valid @ModelAttribute ProgressForm progressForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			// one progress form per pledge: the errors go to this pledge's
			ApplicationView application = find(id);
			model.addAttribute("decisionForm", new DecisionForm(false, null, application.version()));
			model.addAttribute("pledgeForm", PledgeForm.empty());
			model.addAttribute("invalidPledge", pledge);
			return page(application, model);
		}
		try {
			this.network.progress(id, pledge, LocalDate.now(), progressForm.value(), progressForm.noteOrNull(),
					user.getUsername());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		redirect.addFlashAttribute("success", "guidelines.pledge.progressSaved");
		return "redirect:/network/manage/" + id;
	}

	private ApplicationView find(long id) {
		return this.network.application(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

	private String page(ApplicationView application, Model model) {
		// not "application": in templates that name is the servlet context's attributes
		model.addAttribute("applicant", application);
		model.addAttribute("member", application.member());
		model.addAttribute("pledges", this.network.pledges(application.member().id()));
		return "guidelines/network-application";
	}

}
