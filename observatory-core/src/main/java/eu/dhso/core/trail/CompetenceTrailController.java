package eu.dhso.core.trail;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** The public page of one competence of the published framework. */
@Controller
class CompetenceTrailController {

	private final CompetenceTrails trails;

	CompetenceTrailController(CompetenceTrails trails) {
		this.trails = trails;
	}

	@GetMapping("/competences/{code}")
	String competence(@PathVariable String code, Model model) {
		model.addAttribute("trail", this.trails.of(code).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
		return "core/competence";
	}

}
