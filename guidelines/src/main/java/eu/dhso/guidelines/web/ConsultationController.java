package eu.dhso.guidelines.web;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.guidelines.guideline.Consultation;
import eu.dhso.guidelines.guideline.GuidelinePublishing;
import eu.dhso.guidelines.guideline.Guideline.Draft;
import eu.dhso.guidelines.text.Markdown;
import jakarta.validation.Valid;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * Signed-in partners read a draft that is open for consultation and comment on its
 * sections. A draft that is not open does not exist for them.
 */
@Controller
class ConsultationController {

	private final GuidelinePublishing guidelines;

	private final Consultation consultation;

	private final Markdown markdown;

	ConsultationController(GuidelinePublishing guidelines, Consultation consultation, Markdown markdown) {
		this.guidelines = guidelines;
		this.consultation = consultation;
		this.markdown = markdown;
	}

	@GetMapping("/guidelines/{slug:[a-z0-9][a-z0-9-]+}/consultation")
	String draft(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug, Model model) {
		return page(openDraft(user, slug), model);
	}

	private String page(Draft draft, Model model) {
		model.addAttribute("draft", draft);
		model.addAttribute("view", GuidelineView.of(draft.document(), this.markdown));
		model.addAttribute("comments", this.consultation.comments(draft.slug(), false));
		return "guidelines/consultation";
	}

	@PostMapping("/guidelines/{slug:[a-z0-9][a-z0-9-]+}/consultation")
	String comment(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String slug,
			@Valid CommentForm commentForm, BindingResult result, Model model, RedirectAttributes redirect) {
		Draft draft = openDraft(user, slug);
		if (result.hasFieldErrors("section")) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		if (result.hasErrors()) {
			// the page repeats this form under every section: the errors go to this one
			model.addAttribute("invalidSection", commentForm.section());
			return page(draft, model);
		}
		try {
			this.consultation.comment(draft, commentForm.section(), user, commentForm.body().strip());
			redirect.addFlashAttribute("success", "guidelines.comment.added");
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		return "redirect:/guidelines/" + slug + "/consultation#section-" + commentForm.section();
	}

	private Draft openDraft(ObservatoryUser user, String slug) {
		boolean mayTakePart = user.hasRole(Role.PARTNER) || user.hasRole(Role.EDITOR) || user.hasRole(Role.ADMIN);
		return this.guidelines.draft(slug)
			.filter((d) -> mayTakePart && d.hasDraft() && d.consultationOpen())
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
	}

}
