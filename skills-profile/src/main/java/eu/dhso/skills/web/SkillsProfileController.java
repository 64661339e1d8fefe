package eu.dhso.skills.web;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.taxonomy.Taxonomy;

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

	private final Taxonomy taxonomy;

	SkillsProfileController(CompetenceFramework framework, Taxonomy taxonomy) {
		this.framework = framework;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/skills")
	@Transactional(readOnly = true)
	String overview(Model model) {
		model.addAttribute("framework", this.framework.latestPublished().orElse(null));
		model.addAttribute("professions", this.taxonomy.professions());
		return "skills/overview";
	}

}
