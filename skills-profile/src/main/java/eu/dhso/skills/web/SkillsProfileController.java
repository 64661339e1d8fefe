package eu.dhso.skills.web;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.taxonomy.Professions;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The skills profile's entry page: the framework at a glance and the professions it
 * serves.
 */
@Controller
class SkillsProfileController {

	private final CompetenceFramework framework;

	private final Professions professions;

	SkillsProfileController(CompetenceFramework framework, Professions professions) {
		this.framework = framework;
		this.professions = professions;
	}

	@GetMapping("/skills")
	@Transactional(readOnly = true)
	String overview(Model model) {
		model.addAttribute("framework", this.framework.latestPublished().orElse(null));
		model.addAttribute("professions", this.professions.findAllByOrderBySortOrder());
		return "skills/overview";
	}

}
