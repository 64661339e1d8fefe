package eu.dhso.lab.web;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.directory.OrganisationDirectory;
import eu.dhso.core.directory.OrganisationSummary;
import eu.dhso.lab.team.TeamTraining;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** Training for an organisation's team, from its maturity profile; for its managers. */
@Controller
class TeamTrainingController {

	private final TeamTraining training;

	private final OrganisationDirectory organisations;

	TeamTrainingController(TeamTraining training, OrganisationDirectory organisations) {
		this.training = training;
		this.organisations = organisations;
	}

	@GetMapping("/lab/team")
	String team(@AuthenticationPrincipal ObservatoryUser user, @RequestParam(required = false) Long organisation,
			Model model) {
		Long id = (organisation != null) ? organisation : user.getOrganisationId();
		OrganisationSummary summary = this.organisations.byId(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("organisation", summary);
		model.addAttribute("team", this.training.recommend(user, id).orElse(null));
		return "lab/team";
	}

}
