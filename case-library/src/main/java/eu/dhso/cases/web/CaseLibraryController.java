package eu.dhso.cases.web;

import eu.dhso.core.taxonomy.CareSettings;
import eu.dhso.core.taxonomy.Technologies;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The online library's entry page. */
@Controller
class CaseLibraryController {

	private final Technologies technologies;

	private final CareSettings careSettings;

	CaseLibraryController(Technologies technologies, CareSettings careSettings) {
		this.technologies = technologies;
		this.careSettings = careSettings;
	}

	@GetMapping("/cases")
	@Transactional(readOnly = true)
	String library(Model model) {
		model.addAttribute("technologies", this.technologies.findAllByOrderBySortOrder());
		model.addAttribute("careSettings", this.careSettings.findAllByOrderBySortOrder());
		return "cases/library";
	}

}
