package eu.dhso.skills.web;

import java.util.HashMap;
import java.util.Map;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.skills.maturity.IncompleteAnswerException;
import eu.dhso.skills.maturity.MaturityAssessment;
import eu.dhso.skills.maturity.MaturityAssessment.InvitationView;
import eu.dhso.skills.maturity.MaturityDimension;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An invited member answers the instrument through their link, signed in; the answer is
 * stored without their account.
 */
@Controller
class MaturityAnswerController {

	private final MaturityAssessment assessment;

	MaturityAnswerController(MaturityAssessment assessment) {
		this.assessment = assessment;
	}

	@GetMapping("/maturity/answer/{token}")
	String form(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String token, Model model) {
		InvitationView invitation = this.assessment.invitation(token, user);
		model.addAttribute("invitation", invitation);
		model.addAttribute("token", token);
		model.addAttribute("dimensions", MaturityDimension.values());
		model.addAttribute("scale", new int[] { 1, 2, 3, 4, 5 });
		if (!model.containsAttribute("given")) {
			model.addAttribute("given", Map.of());
		}
		return "skills/maturity/answer";
	}

	@PostMapping("/maturity/answer/{token}")
	String answer(@AuthenticationPrincipal ObservatoryUser user, @PathVariable String token,
			@RequestParam Map<String, String> parameters, Model model) {
		Map<String, Integer> answers = new HashMap<>();
		for (String item : MaturityDimension.allItemCodes()) {
			String value = parameters.get(item);
			if (value != null && value.matches("[1-5]")) {
				answers.put(item, Integer.valueOf(value));
			}
		}
		try {
			this.assessment.answer(token, user, answers);
		}
		catch (IncompleteAnswerException ex) {
			model.addAttribute("given", answers);
			model.addAttribute("incomplete", true);
			return form(user, token, model);
		}
		return "redirect:/maturity/answered";
	}

	@GetMapping("/maturity/answered")
	String answered() {
		return "skills/maturity/answered";
	}

}
