package eu.dhso.skills.web;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.web.PublicUrl;
import eu.dhso.skills.rater.RaterRelation;
import eu.dhso.skills.rater.RaterFeedback;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A professional's raters: invitations and, once enough independent raters have answered,
 * their feedback. The sessions and addresses used here are remembered (as keyed hashes)
 * so that answers from them do not count as independent.
 */
@Controller
@PreAuthorize("hasRole('PROFESSIONAL')")
class RaterInvitationController {

	private final RaterFeedback raters;

	private final PublicUrl publicUrl;

	RaterInvitationController(RaterFeedback raters, PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
		this.raters = raters;
	}

	@GetMapping("/skills/raters")
	String raters(@AuthenticationPrincipal ObservatoryUser user, HttpServletRequest request, Model model) {
		this.raters.noteOwner(RaterController.origin(user, request));
		model.addAttribute("invitations", this.raters.invitations(user.getAccountId()));
		model.addAttribute("feedback", this.raters.feedback(user.getAccountId()));
		model.addAttribute("relations", RaterRelation.values());
		model.addAttribute("minRaters", this.raters.minRaters());
		model.addAttribute("validDays", RaterFeedback.VALIDITY.toDays());
		return "skills/raters";
	}

	@PostMapping("/skills/raters")
	String invite(@AuthenticationPrincipal ObservatoryUser user, @RequestParam RaterRelation relation,
			HttpServletRequest request, RedirectAttributes redirect) {
		// Answers from where the professional creates links do not count as independent.
		this.raters.noteOwner(RaterController.origin(user, request));
		String token = this.raters.invite(user.getAccountId(), relation);
		// Shown once, right after creation: only its hash is stored.
		redirect.addFlashAttribute("raterLink",
				UriComponentsBuilder.fromUriString(this.publicUrl.link("/skills/rate/{token}")).build(token));
		redirect.addFlashAttribute("success", "skills.raters.created");
		return "redirect:/skills/raters";
	}

}
