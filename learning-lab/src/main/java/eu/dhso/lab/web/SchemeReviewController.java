package eu.dhso.lab.web;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.lab.scheme.SchemeService;
import eu.dhso.lab.scheme.SchemeSnapshot;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Editors publish submitted schemes as new versions, or send them back. */
@Controller
class SchemeReviewController {

	private final SchemeService schemes;

	SchemeReviewController(SchemeService schemes) {
		this.schemes = schemes;
	}

	@GetMapping("/lab/review")
	String queue(Model model) {
		model.addAttribute("schemes", this.schemes.reviewQueue());
		return "lab/review/queue";
	}

	@GetMapping("/lab/review/{id:\\d+}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("draft", this.schemes.inReview(id));
		model.addAttribute("problems", SchemeService.problems(this.schemes.inReview(id)));
		return "lab/review/scheme";
	}

	@PostMapping("/lab/review/{id:\\d+}/publish")
	String publish(@AuthenticationPrincipal ObservatoryUser editor, @PathVariable long id,
			RedirectAttributes redirect) {
		SchemeSnapshot published = this.schemes.publish(editor, id);
		redirect.addFlashAttribute("success", "lab.scheme.published");
		return "redirect:/lab/schemes/" + published.schemeId();
	}

	@PostMapping("/lab/review/{id:\\d+}/return")
	String sendBack(@AuthenticationPrincipal ObservatoryUser editor, @PathVariable long id,
			RedirectAttributes redirect) {
		this.schemes.returnToDraft(editor, id);
		redirect.addFlashAttribute("success", "lab.scheme.returned");
		return "redirect:/lab/review";
	}

}
