package eu.dhso.lab.web;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.lab.expert.ExpertDirectory;
import eu.dhso.lab.expert.ExpertDirectory.RequestView;
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
 * Follow-up requests between an organisation and an expert: each party sees their own,
 * and the expert answers. Anyone else is told a request does not exist.
 */
@Controller
class FollowUpController {

	private final ExpertDirectory directory;

	FollowUpController(ExpertDirectory directory) {
		this.directory = directory;
	}

	@GetMapping("/experts/requests")
	String list(@AuthenticationPrincipal ObservatoryUser user, Model model) {
		model.addAttribute("requests", this.directory.requestsOf(user));
		return "lab/experts/requests";
	}

	@GetMapping("/experts/requests/{id:\\d+}")
	String show(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, Model model) {
		model.addAttribute("answerForm", AnswerForm.blank());
		return page(this.directory.request(user, id), model);
	}

	@PostMapping("/experts/requests/{id:\\d+}/answer")
	String answer(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id,
			@Valid @ModelAttribute("answerForm") AnswerForm answerForm, BindingResult result, Model model,
			RedirectAttributes redirect) {
		RequestView request = this.directory.request(user, id);
		if (result.hasErrors()) {
			return page(request, model);
		}
		this.directory.answer(user, id, answerForm.accept(), answerForm.message());
		redirect.addFlashAttribute("success", "lab.request.answered");
		return "redirect:/experts/requests/" + id;
	}

	private String page(RequestView request, Model model) {
		model.addAttribute("r", request);
		return "lab/experts/request";
	}

}
