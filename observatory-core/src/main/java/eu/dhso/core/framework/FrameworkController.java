package eu.dhso.core.framework;

import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.translation.ContentLanguage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The public view of the published competence framework. */
@Controller
class FrameworkController {

	private final CompetenceFramework framework;

	FrameworkController(CompetenceFramework framework) {
		this.framework = framework;
	}

	@GetMapping("/framework")
	String framework(Model model) {
		FrameworkView view = this.framework.latestPublished(ContentLanguage.current())
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		model.addAttribute("framework", view);
		model.addAttribute("softAreas", view.areasOfKind(CompetenceKind.SOFT));
		model.addAttribute("digitalAreas", view.areasOfKind(CompetenceKind.DIGITAL));
		return "core/framework";
	}

}
