package eu.dhso.skills.web;

import java.util.List;
import java.util.Locale;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.guidance.ProfessionGuidanceSource;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.skills.WorkshopNeeds;
import eu.dhso.skills.profile.RoleProfileMaintenance;

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

	private final RoleProfileMaintenance profiles;

	private final Taxonomy taxonomy;

	private final WorkshopNeeds workshops;

	private final List<ProfessionGuidanceSource> guidance;

	private final CompetenceFramework framework;

	RoleProfileController(RoleProfileMaintenance profiles, Taxonomy taxonomy, WorkshopNeeds workshops,
			List<ProfessionGuidanceSource> guidance, CompetenceFramework framework) {
		this.profiles = profiles;
		this.taxonomy = taxonomy;
		this.workshops = workshops;
		this.guidance = guidance;
		this.framework = framework;
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
	String profile(@PathVariable String profession, @RequestParam(required = false) String setting, Locale locale,
			Model model) {
		String careSetting = (setting == null || setting.isBlank()) ? null : setting;
		if (careSetting != null && !this.taxonomy.isCareSetting(careSetting)) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		model.addAttribute("profile", this.profiles.published(profession, careSetting)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND)));
		model.addAttribute("careSettings", this.taxonomy.careSettings());
		model.addAttribute("workshopNeeds", this.workshops.forProfession(profession));
		model.addAttribute("competenceTitles", WorkshopController.competenceTitles(this.framework, locale));
		model.addAttribute("guidance",
				this.guidance.stream().flatMap((g) -> g.forProfession(profession, locale).stream()).toList());
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
