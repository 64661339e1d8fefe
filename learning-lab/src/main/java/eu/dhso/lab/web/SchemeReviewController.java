package eu.dhso.lab.web;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.lab.scheme.SchemeReview;
import eu.dhso.lab.scheme.SchemeSnapshot;
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

/** Editors publish submitted schemes as new versions, or send them back saying why. */
@Controller
class SchemeReviewController {

	private final SchemeReview review;

	SchemeReviewController(SchemeReview review) {
		this.review = review;
	}

	@GetMapping("/lab/review")
	String queue(Model model) {
		model.addAttribute("schemes", this.review.queue());
		return "lab/review/queue";
	}

	@GetMapping("/lab/review/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("sendBackForm", new SendBackForm(""));
		return page(id, model);
	}

	@PostMapping("/lab/review/{id:\\d+}/publish")
	String publish(@AuthenticationPrincipal ObservatoryUser editor, @PathVariable long id,
			RedirectAttributes redirect) {
		SchemeSnapshot published = this.review.publish(editor, id);
		redirect.addFlashAttribute("success", "lab.scheme.published");
		return "redirect:/lab/schemes/" + published.schemeId();
	}

	@PostMapping("/lab/review/{id:\\d+}/return")
	String sendBack(@AuthenticationPrincipal ObservatoryUser editor, @PathVariable long id,
			@Valid @ModelAttribute SendBackForm sendBackForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return page(id, model);
		}
		this.review.sendBack(editor, id, sendBackForm.reason());
		redirect.addFlashAttribute("success", "lab.scheme.returned");
		return "redirect:/lab/review";
	}

	private String page(long id, Model model) {
		var draft = this.review.inReview(id);
		model.addAttribute("draft", draft);
		model.addAttribute("problems", draft.problems());
		return "lab/review/scheme";
	}

}
