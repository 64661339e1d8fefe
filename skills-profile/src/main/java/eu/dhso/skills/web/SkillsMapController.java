package eu.dhso.skills.web;

import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.taxonomy.CareSettings;
import eu.dhso.core.taxonomy.Countries;
import eu.dhso.core.taxonomy.Profession;
import eu.dhso.core.taxonomy.Professions;
import eu.dhso.skills.map.CsvCells;
import eu.dhso.skills.map.MapFilter;
import eu.dhso.skills.map.SkillsMap;
import eu.dhso.skills.web.AssessmentController.CountryOption;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The aggregated skills map: profession × competence for partners and staff, profession ×
 * area for everyone, and a CSV of the former. Suppression happens in the service, so
 * every view and the export show the same cells.
 */
@Controller
class SkillsMapController {

	private final SkillsMap map;

	private final CompetenceFramework framework;

	private final Professions professions;

	private final Countries countries;

	private final CareSettings careSettings;

	SkillsMapController(SkillsMap map, CompetenceFramework framework, Professions professions, Countries countries,
			CareSettings careSettings) {
		this.map = map;
		this.framework = framework;
		this.professions = professions;
		this.countries = countries;
		this.careSettings = careSettings;
	}

	@GetMapping("/skills/map")
	@PreAuthorize("hasAnyRole('PARTNER', 'TRAINER', 'EDITOR', 'ADMIN')")
	String competences(@RequestParam(required = false) Long version, @RequestParam(required = false) String country,
			@RequestParam(required = false) String careSetting, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model, Locale locale) {
		MapFilter filter = filter(version, country, careSetting, from, to);
		model.addAttribute("heatmap", this.map.byCompetence(filter));
		return filters(filter, model, locale, "skills/map");
	}

	@GetMapping("/skills/map/public")
	String areas(@RequestParam(required = false) Long version, @RequestParam(required = false) String country,
			@RequestParam(required = false) String careSetting, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Model model, Locale locale) {
		MapFilter filter = filter(version, country, careSetting, from, to);
		model.addAttribute("heatmap", this.map.byArea(filter));
		return filters(filter, model, locale, "skills/map-public");
	}

	@GetMapping("/skills/map.csv")
	@PreAuthorize("hasAnyRole('PARTNER', 'TRAINER', 'EDITOR', 'ADMIN')")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) Long version,
			@RequestParam(required = false) String country, @RequestParam(required = false) String careSetting,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		List<String> codes = this.professions.findAllByOrderBySortOrder().stream().map(Profession::getCode).toList();
		String csv = CsvCells.heatmap(this.map.byCompetence(filter(version, country, careSetting, from, to)), codes);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("skills-map.csv").build().toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	private MapFilter filter(Long version, String country, String careSetting, String from, String to) {
		if (version != null && this.framework.publishedVersions().stream().noneMatch((v) -> v.id().equals(version))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		return new MapFilter(version, blankToNull(country), blankToNull(careSetting), month(from), month(to));
	}

	/**
	 * A month as {@code 2025-03}; a full date (links from before the map counted whole
	 * months) stands for its month.
	 */
	static YearMonth month(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return YearMonth.parse(value.strip().substring(0, Math.min(7, value.strip().length())));
		}
		catch (DateTimeParseException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

	private String filters(MapFilter filter, Model model, Locale locale, String view) {
		model.addAttribute("filter", filter);
		model.addAttribute("professions", this.professions.findAllByOrderBySortOrder());
		model.addAttribute("countries",
				this.countries.findAllByOrderBySortOrder()
					.stream()
					.map((c) -> new CountryOption(c.getCode(), c.displayName(locale)))
					.toList());
		model.addAttribute("careSettings", this.careSettings.findAllByOrderBySortOrder());
		model.addAttribute("versions", this.framework.publishedVersions());
		model.addAttribute("minRespondents", eu.dhso.skills.map.Cell.MIN_RESPONDENTS);
		return view;
	}

}
