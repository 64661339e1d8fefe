package eu.dhso.skills.web;

import java.util.List;

import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.skills.profile.RoleProfileService;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/** Public role-profile pages: one profession at a time, or several side by side. */
@Controller
class RoleProfileController {

	/** More columns than this no longer fit a readable comparison table. */
	static final int MAX_COMPARED = 5;

	private final RoleProfileService profiles;

	private final Taxonomy taxonomy;

	RoleProfileController(RoleProfileService profiles, Taxonomy taxonomy) {
		this.profiles = profiles;
		this.taxonomy = taxonomy;
	}

	@GetMapping("/skills/profiles")
	@Transactional(readOnly = true)
	String list(Model model) {
		model.addAttribute("professions", this.taxonomy.professions());
		model.addAttribute("maxCompared", MAX_COMPARED);
		return "skills/profiles";
	}

	@GetMapping("/skills/profiles/{profession}")
	@Transactional(readOnly = true)
	String profile(@PathVariable String profession, @RequestParam(required = false) String setting, Model model) {
		String careSetting = (setting == null || setting.isBlank()) ? null : setting;
		if (careSetting != null && !this.taxonomy.isCareSetting(careSetting)) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		model.addAttribute("profile", this.profiles.published(profession, careSetting)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
		model.addAttribute("careSettings", this.taxonomy.careSettings());
		return "skills/profile";
	}

	@GetMapping("/skills/compare")
	@Transactional(readOnly = true)
	String compare(@RequestParam(name = "p", defaultValue = "") List<String> chosen, Model model) {
		List<String> compared = chosen.stream().distinct().limit(MAX_COMPARED).toList();
		model.addAttribute("comparison",
				this.profiles.compare(compared).orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
		model.addAttribute("professions", this.taxonomy.professions());
		model.addAttribute("chosen", compared);
		model.addAttribute("maxCompared", MAX_COMPARED);
		return "skills/compare";
	}

}
