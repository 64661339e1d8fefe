package eu.dhso.skills.web;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.dhso.core.csv.CsvWriter;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.disclosure.Released;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.core.web.Choices;
import eu.dhso.core.web.Choices.Choice;
import eu.dhso.core.text.Blank;
import eu.dhso.core.web.RenderedFragments;
import eu.dhso.skills.map.HeatmapCsv;
import eu.dhso.skills.map.MapFilter;
import eu.dhso.skills.map.CalibrationMap;
import eu.dhso.skills.map.MapPeriod;
import eu.dhso.skills.map.SkillsMap;
import eu.dhso.skills.map.SkillsMap.Heatmap;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The aggregated skills map: profession × competence for partners and staff, profession ×
 * area for everyone, and a CSV of the former. Suppression and perturbation happen in the
 * service, so every view and the export show the same cells. Periods are fixed windows
 * only (a quarter or a whole year); old links with arbitrary from/to months are widened
 * to the smallest fixed window that holds them, or ignored, with a notice.
 */
@Controller
class SkillsMapController {

	/** How many years back the period choice reaches. */
	private static final int YEARS_OFFERED = 5;

	private static final String FIGURES = "skills/map-figures";

	private final SkillsMap map;

	private final CalibrationMap calibration;

	private final CompetenceFramework framework;

	private final Taxonomy taxonomy;

	private final DisclosureControl disclosure;

	private final MessageSource messages;

	private final RenderedFragments fragments;

	SkillsMapController(SkillsMap map, CalibrationMap calibration, CompetenceFramework framework, Taxonomy taxonomy,
			DisclosureControl disclosure, MessageSource messages, RenderedFragments fragments) {
		this.map = map;
		this.calibration = calibration;
		this.framework = framework;
		this.taxonomy = taxonomy;
		this.disclosure = disclosure;
		this.messages = messages;
		this.fragments = fragments;
	}

	@GetMapping("/skills/map")
	@PreAuthorize("hasAnyRole('PARTNER', 'TRAINER', 'EDITOR', 'ADMIN')")
	String competences(@RequestParam(required = false) Long version, @RequestParam(required = false) String country,
			@RequestParam(required = false) String careSetting, @RequestParam(required = false) String period,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
			Locale locale) {
		Resolved resolved = filter(version, country, careSetting, period, from, to);
		Heatmap heatmap = this.map.byCompetence(resolved.filter());
		model.addAttribute("heatmap", heatmap);
		model.addAttribute("figures", this.fragments.render(FIGURES, "competences", locale, Map.of("heatmap", heatmap,
				"professions", this.taxonomy.professions(), "minRespondents", this.disclosure.minGroupSize())));
		return filters(resolved, model, locale, "skills/map");
	}

	@GetMapping("/skills/map/public")
	String areas(@RequestParam(required = false) Long version, @RequestParam(required = false) String country,
			@RequestParam(required = false) String careSetting, @RequestParam(required = false) String period,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model,
			Locale locale) {
		Resolved resolved = filter(version, country, careSetting, period, from, to);
		Heatmap heatmap = this.map.byArea(resolved.filter());
		// each table keyed by its own figures only: a new calibration table leaves the
		// heatmap's markup kept
		model.addAttribute("heatmap", heatmap);
		model.addAttribute("figures", this.fragments.render(FIGURES, "heatmap", locale, Map.of("heatmap", heatmap,
				"professions", this.taxonomy.professions(), "minRespondents", this.disclosure.minGroupSize())));
		model.addAttribute("calibrationFigures",
				this.fragments.render(FIGURES, "calibration", locale, Map.of("calibration",
						this.calibration.keptFor(resolved.filter(), heatmap)
							.orElseGet(() -> this.calibration.table(resolved.filter(), heatmap.framework())),
						"professions", this.taxonomy.professions(), "minRespondents", this.disclosure.minGroupSize())));
		return filters(resolved, model, locale, "skills/map-public");
	}

	/**
	 * The calibration index of the public map's groups as open data: strict CSV, header
	 * first, the method in the README and on the page (linked), suppressed cells empty
	 * with a flag.
	 */
	@GetMapping("/skills/map/calibration.csv")
	ResponseEntity<byte[]> calibrationCsv(@RequestParam(required = false) Long version,
			@RequestParam(required = false) String country, @RequestParam(required = false) String careSetting,
			@RequestParam(required = false) String period) {
		// open data names the filter it was cut by: an unknown value is the client's
		// mistake, never echoed back
		if ((!isBlank(country) && !this.taxonomy.isCountry(country))
				|| (!isBlank(careSetting) && !this.taxonomy.isCareSetting(careSetting))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		Resolved resolved = filter(version, country, careSetting, period, null, null);
		CalibrationMap.Table table = this.calibration.table(resolved.filter());
		List<List<?>> rows = new ArrayList<>();
		for (Taxonomy.Term profession : this.taxonomy.professions()) {
			for (String column : table.columns()) {
				Released value = table.value(profession.code(), column);
				rows.add(Arrays.asList(profession.code(), table.country(), column,
						value.shown() ? value.formatted() : null, value.shown() ? value.people() : null,
						!value.shown()));
			}
		}
		return ResponseEntity.ok()
			.contentType(CsvWriter.TEXT_CSV)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"calibration.csv\"")
			.header(HttpHeaders.LINK, "</skills/map/public#calibration>; rel=\"describedby\"")
			.body(CsvWriter.of(List.of(),
					List.of("profession", "country", "area", "calibration_index", "people", "suppressed"), rows));
	}

	@GetMapping("/skills/map.csv")
	@PreAuthorize("hasAnyRole('PARTNER', 'TRAINER', 'EDITOR', 'ADMIN')")
	ResponseEntity<byte[]> csv(@RequestParam(required = false) Long version,
			@RequestParam(required = false) String country, @RequestParam(required = false) String careSetting,
			@RequestParam(required = false) String period, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to, Locale locale) {
		Resolved resolved = filter(version, country, careSetting, period, from, to);
		List<String> codes = this.taxonomy.professions().stream().map(Taxonomy.Term::code).toList();
		List<String> notes = new ArrayList<>();
		notes.add(this.messages.getMessage("skills.map.csvMethod",
				new Object[] { this.disclosure.minGroupSize(), this.disclosure.releasedBefore().toString() }, locale));
		if (resolved.notice() != null) {
			notes.add(
					this.messages.getMessage(resolved.notice(), new Object[] { resolved.periodLabel(locale) }, locale));
		}
		return CsvWriter.attachment("skills-map.csv",
				HeatmapCsv.of(this.map.byCompetence(resolved.filter()), codes, notes));
	}

	private Resolved filter(Long version, String country, String careSetting, String period, String from, String to) {
		if (version != null && this.framework.publishedVersions().stream().noneMatch((v) -> v.id().equals(version))) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		MapPeriod window = null;
		String notice = null;
		if (period != null && !period.isBlank()) {
			window = MapPeriod.parse(period).orElse(null);
			notice = (window == null) ? "skills.map.periodIgnored" : null;
		}
		else if (!isBlank(from) || !isBlank(to)) {
			// A link from before the map took fixed windows only.
			window = MapPeriod.covering(month(from), month(to)).orElse(null);
			notice = (window != null) ? "skills.map.periodWidened" : "skills.map.periodIgnored";
		}
		return new Resolved(new MapFilter(version, Blank.toNull(country), Blank.toNull(careSetting), window), notice,
				this.messages);
	}

	/**
	 * A month as {@code 2025-03}; a full date stands for its month; anything else is no
	 * month.
	 */
	static YearMonth month(String value) {
		if (isBlank(value)) {
			return null;
		}
		try {
			return YearMonth.parse(value.strip().substring(0, Math.min(7, value.strip().length())));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

	/**
	 * Whole years and their quarters, newest first, that have started before the release
	 * boundary.
	 */
	private List<MapPeriod> periods() {
		LocalDate boundary = this.disclosure.releasedBefore();
		List<MapPeriod> periods = new ArrayList<>();
		for (int year = boundary.getYear(); year > boundary.getYear() - YEARS_OFFERED; year--) {
			if (year == boundary.getYear() && boundary.getMonthValue() == 1) {
				continue;
			}
			periods.add(MapPeriod.ofYear(year));
			for (int quarter = 4; quarter >= 1; quarter--) {
				MapPeriod q = MapPeriod.ofQuarter(year, quarter);
				if (q.firstMonth().atDay(1).isBefore(boundary)) {
					periods.add(q);
				}
			}
		}
		return periods;
	}

	private String filters(Resolved resolved, Model model, Locale locale, String view) {
		model.addAttribute("filter", resolved.filter());
		model.addAttribute("periodNotice", resolved.notice());
		model.addAttribute("periodLabel", resolved.periodLabel(locale));
		model.addAttribute("periods",
				periods().stream()
					.map((p) -> Choice.named(p.code(), Resolved.label(this.messages, p, locale)))
					.toList());
		model.addAttribute("professions", this.taxonomy.professions());
		model.addAttribute("countries", Choices.countries(this.taxonomy.countries(), locale));
		model.addAttribute("careSettings", Choices.terms(this.taxonomy.careSettings()));
		model.addAttribute("versions",
				this.framework.publishedVersions()
					.stream()
					.map((v) -> Choice.named(v.id(), v.label() + " " + v.title()))
					.toList());
		model.addAttribute("minRespondents", this.disclosure.minGroupSize());
		model.addAttribute("releasedBefore", this.disclosure.releasedBefore());
		return view;
	}

	/**
	 * The filter to apply and, when the link's period was changed, the notice saying so.
	 */
	record Resolved(MapFilter filter, String notice, MessageSource messages) {

		String periodLabel(Locale locale) {
			return (this.filter.period() != null) ? label(this.messages, this.filter.period(), locale)
					: this.messages.getMessage("skills.map.allPeriods", null, locale);
		}

		static String label(MessageSource messages, MapPeriod period, Locale locale) {
			return period.isQuarter()
					? messages.getMessage("skills.map.quarter",
							new Object[] { String.valueOf(period.year()), String.valueOf(period.quarter()) }, locale)
					: String.valueOf(period.year());
		}

	}

}
