package eu.dhso.guidelines.web;

import eu.dhso.core.account.Organisations;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The guidelines and observatory entry page, with the partner network behind it. */
@Controller
class GuidelinesController {

	private final Organisations organisations;

	GuidelinesController(Organisations organisations) {
		this.organisations = organisations;
	}

	@GetMapping("/guidelines")
	@Transactional(readOnly = true)
	String overview(Model model) {
		model.addAttribute("organisations", this.organisations.findAllByOrderByName());
		return "guidelines/overview";
	}

}
