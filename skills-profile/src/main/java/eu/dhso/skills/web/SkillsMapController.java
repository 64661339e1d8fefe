package eu.dhso.skills.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import eu.dhso.core.taxonomy.CareSettings;
import eu.dhso.core.taxonomy.Countries;
import eu.dhso.core.taxonomy.Profession;
import eu.dhso.core.taxonomy.Professions;
import eu.dhso.skills.map.CsvCells;
import eu.dhso.skills.map.MapFilter;
import eu.dhso.skills.map.SkillsMap;
import eu.dhso.skills.web.AssessmentController.CountryOption;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The aggregated skills map: profession × competence for partners and staff, profession ×
 * area for everyone, and a CSV of the former. Suppression happens in the service, so
 * every view and the export show the same cells.
 */
@Controller
class SkillsMapController {

	private final SkillsMap map;

	private final Professions professions;

	private final Countries countries;

	private final CareSettings careSettings;

	SkillsMapController(SkillsMap map, Professions professions, Countries countries, CareSettings careSettings) {
		this.map = map;
		this.professions = professions;
		this.countries = countries;
		this.careSettings = careSettings;
	}

	@GetMapping("/skills/map")
	@PreAuthorize("hasAnyRole('PARTNER', 'TRAINER', 'EDITOR', 'ADMIN')")
	String competences(@RequestParam(required = false) String country,
			@RequestParam(required = false) String careSetting,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model,
			Locale locale) {
		MapFilter filter = filter(country, careSetting, from, to);
		model.addAttribute("heatmap", this.map.byCompetence(filter));
		return filters(filter, model, locale, "skills/map");
	}

	@GetMapping("/skills/map/public")
	String areas(@RequestParam(required = false) String country, @RequestParam(required = false) String careSetting,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Model model,
			Locale locale) {
		MapFilter filter = filter(country, careSetting, from, to);
		model.addAttribute("heatmap", this.map.byArea(filter));
		return filters(filter, model, locale, "skills/map-public");
	}

	@GetMapping("/skills/map.csv")
	@PreAuthorize("hasAnyRole('PARTNER', 'TRAINER', 'EDITOR', 'ADMIN')")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) String country,
			@RequestParam(required = false) String careSetting,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		List<String> codes = this.professions.findAllByOrderBySortOrder().stream().map(Profession::getCode).toList();
		String csv = CsvCells.heatmap(this.map.byCompetence(filter(country, careSetting, from, to)), codes);
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("skills-map.csv").build().toString())
			.body(csv.getBytes(StandardCharsets.UTF_8));
	}

	private static MapFilter filter(String country, String careSetting, LocalDate from, LocalDate to) {
		return new MapFilter(blankToNull(country), blankToNull(careSetting), from, to);
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
		model.addAttribute("minRespondents", eu.dhso.skills.map.Cell.MIN_RESPONDENTS);
		return view;
	}

}
