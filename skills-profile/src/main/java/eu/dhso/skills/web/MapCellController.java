package eu.dhso.skills.web;

import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.skills.map.MapFilter;
import eu.dhso.skills.map.MapPeriod;
import eu.dhso.skills.map.SkillsMap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import static org.springframework.http.HttpStatus.NOT_FOUND;

/**
 * One released cell of the skills map, for everyone: where a citation of a profession ×
 * competence finding leads. It shows only what the kernel's disclosure control releases,
 * for a whole period, as the map does.
 */
@Controller
class MapCellController {

	private final SkillsMap map;

	private final CompetenceFramework framework;

	private final Taxonomy taxonomy;

	private final DisclosureControl disclosure;

	MapCellController(SkillsMap map, CompetenceFramework framework, Taxonomy taxonomy, DisclosureControl disclosure) {
		this.map = map;
		this.framework = framework;
		this.taxonomy = taxonomy;
		this.disclosure = disclosure;
	}

	@GetMapping("/skills/map/cells/{profession}/{competence}")
	String cell(@PathVariable String profession, @PathVariable String competence, @RequestParam String period,
			@RequestParam(required = false) String country, @RequestParam(required = false) Long version, Model model) {
		MapPeriod window = MapPeriod.parse(period).orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		String countryCode = (country == null || country.isBlank()) ? null : country;
		if (!this.taxonomy.isProfession(profession) || (countryCode != null && !this.taxonomy.isCountry(countryCode))) {
			throw new ResponseStatusException(NOT_FOUND);
		}
		FrameworkView view = ((version != null) ? this.framework.version(version) : this.framework.latestPublished())
			.filter((v) -> v.publishedAt() != null)
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		CompetenceView cited = view.areas()
			.stream()
			.flatMap((a) -> a.competences().stream())
			.filter((c) -> c.code().equals(competence))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(NOT_FOUND));
		MapFilter filter = new MapFilter(view.id(), countryCode, null, window);
		model.addAttribute("cell", this.map.byCompetence(filter).cell(profession, cited.id()));
		model.addAttribute("framework", view);
		model.addAttribute("competence", cited);
		model.addAttribute("profession", profession);
		model.addAttribute("period", window);
		model.addAttribute("country", countryCode);
		model.addAttribute("minRespondents", this.disclosure.minGroupSize());
		model.addAttribute("releasedBefore", this.disclosure.releasedBefore());
		return "skills/map-cell";
	}

}
