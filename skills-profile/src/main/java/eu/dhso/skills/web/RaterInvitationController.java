package eu.dhso.skills.web;

import java.net.URI;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.text.Blank;
import eu.dhso.core.web.FormBinding;
import eu.dhso.skills.rater.RaterRelation;
import eu.dhso.skills.rater.RaterFeedback;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A professional's raters: invitations and, once enough independent raters have answered,
 * their feedback. The sessions and addresses used here are remembered (as keyed hashes)
 * so that answers from them do not count as independent.
 */
@Controller
@PreAuthorize("hasRole('PROFESSIONAL')")
class RaterInvitationController {

	private final RaterFeedback raters;

	RaterInvitationController(RaterFeedback raters) {
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
		if (!model.containsAttribute("invite")) {
			model.addAttribute("invite", new RaterInviteForm(null, null));
		}
		return "skills/raters";
	}

	@PostMapping("/skills/raters")
	String invite(@AuthenticationPrincipal ObservatoryUser user, @Valid @ModelAttribute("invite") RaterInviteForm form,
			BindingResult result, HttpServletRequest request, Model model, RedirectAttributes redirect) {
		FormBinding.requireWellFormed(result);
		if (result.hasErrors()) {
			return raters(user, request, model);
		}
		// Answers from where the professional creates links do not count as independent.
		this.raters.noteOwner(RaterController.origin(user, request));
		String email = Blank.toNull(form.email());
		// Shown once, right after creation: only its hash is stored.
		String link = (email != null)
				? this.raters.inviteByEmail(user.getAccountId(), user.getDisplayName(), form.relation(), email)
				: this.raters.raterLink(this.raters.invite(user.getAccountId(), form.relation()));
		redirect.addFlashAttribute("raterLink", URI.create(link));
		redirect.addFlashAttribute("success", (email != null) ? "skills.raters.sent" : "skills.raters.created");
		return "redirect:/skills/raters";
	}

}
