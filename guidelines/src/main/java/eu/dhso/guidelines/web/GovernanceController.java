package eu.dhso.guidelines.web;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.guidelines.governance.CommitteeNotFoundException;
import eu.dhso.guidelines.governance.Governance;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The steering committees as anyone reads them: members' names and roles, published
 * decisions, and minutes once published. Administrators see drafts too, marked.
 */
@Controller
class GovernanceController {

	private final Governance governance;

	GovernanceController(Governance governance) {
		this.governance = governance;
	}

	@GetMapping("/observatory/governance")
	String committees(@AuthenticationPrincipal ObservatoryUser user, Model model) {
		model.addAttribute("committees", this.governance.committees(ProgrammeReaders.manager(user)));
		return "guidelines/governance";
	}

	@GetMapping("/observatory/governance/{id:\\d+}")
	String committee(@AuthenticationPrincipal ObservatoryUser user, @PathVariable long id, Model model) {
		boolean manager = ProgrammeReaders.manager(user);
		model.addAttribute("committee",
				this.governance.committee(id, manager).orElseThrow(() -> new CommitteeNotFoundException(id)));
		model.addAttribute("manager", manager);
		return "guidelines/committee";
	}

}
