package eu.dhso.guidelines.web;

import java.util.List;

import eu.dhso.core.web.PublicData;
import eu.dhso.guidelines.indicator.DemandSupply;
import eu.dhso.guidelines.web.OpenAnalyses.CalibrationItem;
import eu.dhso.guidelines.web.OpenAnalyses.CompetenceSummary;
import eu.dhso.guidelines.web.OpenAnalyses.DemandSupplyItem;
import eu.dhso.guidelines.web.OpenAnalyses.LevelItem;
import eu.dhso.guidelines.web.OpenAnalyses.TrailItem;
import eu.dhso.guidelines.web.OpenDataItems.Page;
import eu.dhso.skills.SkillsFigures.MapQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Competence trails, demand vs supply and the calibration index as JSON and CSV, with the
 * filters of their pages checked (an unknown value is a 400 problem).
 */
@RestController
@Tag(name = OpenDataDocument.JSON_TAG)
class OpenAnalysesController {

	private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

	private static final String CSV = "text/csv";

	private static final String COUNTRY = "ISO country code";

	private static final String PROFESSION = "Profession code";

	private static final String CARE_SETTING = "Care-setting code";

	private static final String PERIOD = "A year or calendar quarter, e.g. 2026 or 2026-Q1 (default: all time)";

	private static final String PAGE = "Page number, from 0";

	private static final String SIZE = "Items per page, 1 to 100";

	private final OpenAnalyses analyses;

	private final OpenDataFilters filters;

	private final OpenDataCsvController csv;

	OpenAnalysesController(OpenAnalyses analyses, OpenDataFilters filters, OpenDataCsvController csv) {
		this.analyses = analyses;
		this.filters = filters;
		this.csv = csv;
	}

	@Operation(operationId = "listCompetences",
			summary = "Competences of the published framework, each with the address of its trail")
	@GetMapping(path = "/api/v1/competences", produces = JSON)
	ResponseEntity<Page<CompetenceSummary>> competences(
			@Parameter(description = PAGE) @RequestParam(defaultValue = "0") int page,
			@Parameter(description = SIZE) @RequestParam(defaultValue = "20") int size, @Parameter(
					description = "Area code of the published framework") @RequestParam(required = false) String area) {
		this.filters.area(area);
		List<CompetenceSummary> all = this.analyses.competences(area);
		return OpenDataController.paged("/api/v1/competences", page, size, all.size(),
				(p) -> OpenDataController.slice(all, p), OpenDataFilters.query("area", area));
	}

	@Operation(operationId = "getCompetenceTrail",
			summary = "A competence's trail: cases, expected and self-assessed levels, training, guidelines, gap")
	@GetMapping(path = "/api/v1/competences/{code}", produces = JSON)
	ResponseEntity<TrailItem> trail(@Parameter(description = "Competence code, e.g. S1.2") @PathVariable String code,
			@Parameter(description = COUNTRY) @RequestParam(required = false) String country,
			@Parameter(description = PROFESSION) @RequestParam(required = false) String profession) {
		this.filters.country(country);
		this.filters.profession(profession);
		TrailItem trail = this.analyses.trail(code, country, profession)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"No competence of the published framework has this code."));
		return ResponseEntity.ok().cacheControl(PublicData.CACHE_CONTROL).body(trail);
	}

	@Operation(operationId = "listCompetenceLevels",
			summary = "Expected, self-assessed and calibrated levels of every competence, per profession and country")
	@GetMapping(path = "/api/v1/competence-levels", produces = JSON)
	ResponseEntity<Page<LevelItem>> levels(@Parameter(description = PAGE) @RequestParam(defaultValue = "0") int page,
			@Parameter(description = SIZE) @RequestParam(defaultValue = "20") int size,
			@Parameter(description = COUNTRY) @RequestParam(required = false) String country,
			@Parameter(description = PROFESSION) @RequestParam(required = false) String profession) {
		this.filters.country(country);
		this.filters.profession(profession);
		List<LevelItem> all = this.analyses.levels(country, profession);
		return OpenDataController.paged("/api/v1/competence-levels", page, size, all.size(),
				(p) -> OpenDataController.slice(all, p),
				OpenDataFilters.query("country", country, "profession", profession));
	}

	@Operation(operationId = "competenceLevelsCsv", summary = "Levels of every competence, as CSV")
	@Tag(name = OpenDataDocument.CSV_TAG)
	@GetMapping(path = "/api/v1/competence-levels.csv", produces = CSV)
	ResponseEntity<byte[]> levelsCsv(@Parameter(description = COUNTRY) @RequestParam(required = false) String country,
			@Parameter(description = PROFESSION) @RequestParam(required = false) String profession) {
		this.filters.country(country);
		this.filters.profession(profession);
		return this.csv.csv("competence-levels", OpenAnalyses.levelsCsv(this.analyses.levels(country, profession)));
	}

	@Operation(operationId = "listDemandSupply",
			summary = "Demand vs supply: expected and released median level per profession and area or competence")
	@GetMapping(path = "/api/v1/demand-supply", produces = JSON)
	ResponseEntity<Page<DemandSupplyItem>> demandSupply(
			@Parameter(description = PAGE) @RequestParam(defaultValue = "0") int page,
			@Parameter(description = SIZE) @RequestParam(defaultValue = "20") int size,
			@Parameter(description = COUNTRY) @RequestParam(required = false) String country,
			@Parameter(description = CARE_SETTING) @RequestParam(required = false) String careSetting,
			@Parameter(description = PERIOD) @RequestParam(required = false) String period,
			@Parameter(description = "Area code: its competences become the columns") @RequestParam(
					required = false) String area,
			@Parameter(description = PROFESSION) @RequestParam(required = false) String profession) {
		List<DemandSupplyItem> all = demandSupplyItems(country, careSetting, period, area, profession);
		return OpenDataController.paged("/api/v1/demand-supply", page, size, all.size(),
				(p) -> OpenDataController.slice(all, p), OpenDataFilters.query("country", country, "careSetting",
						careSetting, "period", period, "area", area, "profession", profession));
	}

	@Operation(operationId = "demandSupplyCsv", summary = "Demand vs supply, as CSV")
	@Tag(name = OpenDataDocument.CSV_TAG)
	@GetMapping(path = "/api/v1/demand-supply.csv", produces = CSV)
	ResponseEntity<byte[]> demandSupplyCsv(
			@Parameter(description = COUNTRY) @RequestParam(required = false) String country,
			@Parameter(description = CARE_SETTING) @RequestParam(required = false) String careSetting,
			@Parameter(description = PERIOD) @RequestParam(required = false) String period,
			@Parameter(description = "Area code: its competences become the columns") @RequestParam(
					required = false) String area,
			@Parameter(description = PROFESSION) @RequestParam(required = false) String profession) {
		return this.csv.csv("demand-supply",
				OpenAnalyses.demandSupplyCsv(demandSupplyItems(country, careSetting, period, area, profession)));
	}

	@Operation(operationId = "listCalibration",
			summary = "Calibration index (self-rating minus knowledge score) per profession and area")
	@GetMapping(path = "/api/v1/calibration", produces = JSON)
	ResponseEntity<Page<CalibrationItem>> calibration(
			@Parameter(description = PAGE) @RequestParam(defaultValue = "0") int page,
			@Parameter(description = SIZE) @RequestParam(defaultValue = "20") int size,
			@Parameter(description = COUNTRY) @RequestParam(required = false) String country,
			@Parameter(description = CARE_SETTING) @RequestParam(required = false) String careSetting,
			@Parameter(description = PERIOD) @RequestParam(required = false) String period,
			@Parameter(description = "Label of a published framework version (default: the latest)") @RequestParam(
					required = false) String frameworkVersion,
			@Parameter(description = PROFESSION) @RequestParam(required = false) String profession) {
		List<CalibrationItem> all = calibrationItems(country, careSetting, period, frameworkVersion, profession);
		return OpenDataController.paged("/api/v1/calibration", page, size, all.size(),
				(p) -> OpenDataController.slice(all, p), OpenDataFilters.query("country", country, "careSetting",
						careSetting, "period", period, "frameworkVersion", frameworkVersion, "profession", profession));
	}

	@Operation(operationId = "calibrationCsv", summary = "Calibration index, as CSV")
	@Tag(name = OpenDataDocument.CSV_TAG)
	@GetMapping(path = "/api/v1/calibration.csv", produces = CSV)
	ResponseEntity<byte[]> calibrationCsv(
			@Parameter(description = COUNTRY) @RequestParam(required = false) String country,
			@Parameter(description = CARE_SETTING) @RequestParam(required = false) String careSetting,
			@Parameter(description = PERIOD) @RequestParam(required = false) String period,
			@Parameter(description = "Label of a published framework version (default: the latest)") @RequestParam(
					required = false) String frameworkVersion,
			@Parameter(description = PROFESSION) @RequestParam(required = false) String profession) {
		return this.csv.csv("calibration", OpenAnalyses
			.calibrationCsv(calibrationItems(country, careSetting, period, frameworkVersion, profession)));
	}

	List<DemandSupplyItem> demandSupplyItems(String country, String careSetting, String period, String area,
			String profession) {
		this.filters.country(country);
		this.filters.careSetting(careSetting);
		this.filters.period(period);
		this.filters.area(area);
		this.filters.profession(profession);
		return this.analyses.demandSupply(new DemandSupply.Filter(country, careSetting, period, area), profession);
	}

	List<CalibrationItem> calibrationItems(String country, String careSetting, String period, String frameworkVersion,
			String profession) {
		this.filters.country(country);
		this.filters.careSetting(careSetting);
		this.filters.period(period);
		this.filters.profession(profession);
		Long version = this.filters.frameworkVersion(frameworkVersion);
		return this.analyses.calibration(new MapQuery(version, country, careSetting, period), profession);
	}

}
