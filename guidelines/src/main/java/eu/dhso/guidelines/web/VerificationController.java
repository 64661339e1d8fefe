package eu.dhso.guidelines.web;

import eu.dhso.guidelines.evidence.PublicationVerification;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Administrators check that every published figure still follows from the database. */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class VerificationController {

	private final PublicationVerification verification;

	VerificationController(PublicationVerification verification) {
		this.verification = verification;
	}

	@GetMapping("/observatory/manage/verify")
	String verify(Model model) {
		model.addAttribute("verification", this.verification.verify());
		return "guidelines/verify";
	}

}
