package eu.dhso.lab.web;

import eu.dhso.core.taxonomy.CareSettings;
import eu.dhso.core.taxonomy.Professions;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The learning lab's entry page. */
@Controller
class LearningLabController {

	private final Professions professions;

	private final CareSettings careSettings;

	LearningLabController(Professions professions, CareSettings careSettings) {
		this.professions = professions;
		this.careSettings = careSettings;
	}

	@GetMapping("/lab")
	@Transactional(readOnly = true)
	String overview(Model model) {
		model.addAttribute("professions", this.professions.findAllByOrderBySortOrder());
		model.addAttribute("careSettings", this.careSettings.findAllByOrderBySortOrder());
		return "lab/overview";
	}

}
