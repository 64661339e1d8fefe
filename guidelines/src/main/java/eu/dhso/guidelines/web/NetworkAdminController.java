package eu.dhso.guidelines.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import eu.dhso.core.text.Blank;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.guidelines.network.Network;
import eu.dhso.guidelines.network.Network.ApplicationView;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
		ApplicationView application = this.network.application(id)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("application", application);
		model.addAttribute("pledges", this.network.pledges(id));
		return "guidelines/network-application";
	}

	@PostMapping("/network/manage/{id:\\d+}/decision")
	String decide(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, @RequestParam boolean approve,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		this.network.application(id).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		if ((!approve && reason.isBlank()) || reason.length() > 1000) {
			redirect.addFlashAttribute("error", "guidelines.network.reason.required");
			return "redirect:/network/manage/" + id;
		}
		try {
			this.network.decide(id, approve, Blank.toNull(reason), user.getUsername());
			redirect.addFlashAttribute("success",
					approve ? "guidelines.network.approved" : "guidelines.network.declined");
		}
		catch (IllegalStateException ex) {
			redirect.addFlashAttribute("error", "guidelines.network.decided");
		}
		return "redirect:/network/manage/" + id;
	}

	@PostMapping("/network/manage/{id:\\d+}/pledges")
	String pledge(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, @RequestParam String title,
			@RequestParam String kpi, @RequestParam BigDecimal target,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
			RedirectAttributes redirect) {
		if (title.isBlank() || title.length() > 300 || kpi.isBlank() || kpi.length() > 300 || target.signum() <= 0) {
			redirect.addFlashAttribute("error", "guidelines.pledge.invalid");
			return "redirect:/network/manage/" + id;
		}
		try {
			this.network.pledge(id, title.strip(), kpi.strip(), target, deadline, user.getUsername());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		redirect.addFlashAttribute("success", "guidelines.pledge.saved");
		return "redirect:/network/manage/" + id;
	}

	@PostMapping("/network/manage/{id:\\d+}/pledges/{pledge:\\d+}/progress")
	String progress(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, @PathVariable long pledge,
			@RequestParam BigDecimal value, @RequestParam(defaultValue = "") String note, RedirectAttributes redirect) {
		if (value.signum() < 0 || note.length() > 1000) {
			redirect.addFlashAttribute("error", "guidelines.pledge.invalid");
			return "redirect:/network/manage/" + id;
		}
		try {
			this.network.progress(id, pledge, LocalDate.now(), value, Blank.toNull(note), user.getUsername());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		redirect.addFlashAttribute("success", "guidelines.pledge.progressSaved");
		return "redirect:/network/manage/" + id;
	}

}
