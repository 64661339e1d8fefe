package eu.dhso.guidelines.web;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import eu.dhso.core.web.Paging;
import eu.dhso.core.web.PublicData;
import eu.dhso.core.web.PublicUrl;
import eu.dhso.core.evidence.EvidenceKind;
import eu.dhso.guidelines.guideline.Audience;
import eu.dhso.guidelines.indicator.DemandSupply;
import eu.dhso.guidelines.indicator.LifecyclePhase;
import eu.dhso.guidelines.web.OpenDataItems.Page;
import eu.dhso.guidelines.web.OpenDatasets.CitationItem;
import eu.dhso.guidelines.web.OpenDatasets.CurrentItem;
import eu.dhso.guidelines.web.OpenDatasets.DatasetItem;
import eu.dhso.guidelines.web.OpenDatasets.GuidelineVersionItem;
import eu.dhso.guidelines.web.OpenDatasets.PilotItem;
import eu.dhso.skills.SkillsFigures.MapQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Current indicators, pilot evaluations and guideline versions as JSON and CSV, and the
 * list of every dataset with its version (the checksum of its CSV) and its method note.
 */
@RestController
@Tag(name = OpenDataDocument.JSON_TAG)
class OpenDatasetsController {

	private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

	private static final String CSV = "text/csv";

	private final OpenDatasets datasets;

	private final OpenDataFilters filters;

	private final OpenDataCsvController csv;

	private final PublicUrl publicUrl;

	private final OpenAnalyses analyses;

	OpenDatasetsController(OpenDatasets datasets, OpenDataFilters filters, OpenDataCsvController csv,
			PublicUrl publicUrl, OpenAnalyses analyses) {
		this.analyses = analyses;
		this.datasets = datasets;
		this.filters = filters;
		this.csv = csv;
		this.publicUrl = publicUrl;
	}

	@Operation(operationId = "listCurrentIndicators",
			summary = "Indicators as they stand now, with definition, phase, population and time of computation")
	@GetMapping(path = "/api/v1/indicators/current", produces = JSON)
	ResponseEntity<Page<CurrentItem>> current(
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "ISO country code, or ALL for the values of all countries together") @RequestParam(
					required = false) String country,
			@Parameter(description = "ProMIS phase") @RequestParam(required = false) LifecyclePhase phase,
			@Parameter(description = "Indicator code") @RequestParam(required = false) String code) {
		List<CurrentItem> all = this.datasets.currentIndicators(this.filters.countryOrAll(country), phase, code);
		return OpenDataController.paged("/api/v1/indicators/current", page, size, all.size(),
				(p) -> OpenDataController.slice(all, p),
				OpenDataFilters.query("country", country, "phase", phase, "code", code));
	}

	@Operation(operationId = "currentIndicatorsCsv", summary = "Indicators as they stand now, as CSV")
	@Tag(name = OpenDataDocument.CSV_TAG)
	@GetMapping(path = "/api/v1/indicators/current.csv", produces = CSV)
	ResponseEntity<byte[]> currentCsv(
			@Parameter(description = "ISO country code, or ALL for the values of all countries together") @RequestParam(
					required = false) String country,
			@Parameter(description = "ProMIS phase") @RequestParam(required = false) LifecyclePhase phase) {
		return this.csv.csv("current-indicators", OpenDatasets
			.currentCsv(this.datasets.currentIndicators(this.filters.countryOrAll(country), phase, null)));
	}

	@Operation(operationId = "listPilotEvaluations",
			summary = "Pilot evaluations: each finished cohort's attendance, learning gain and levels, released")
	@GetMapping(path = "/api/v1/pilot-evaluations", produces = JSON)
	ResponseEntity<Page<PilotItem>> pilotEvaluations(
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "ISO country code") @RequestParam(required = false) String country,
			@Parameter(
					description = "Year or calendar quarter the cohort ended in, e.g. 2026 or 2026-Q1") @RequestParam(
							required = false) String period) {
		List<PilotItem> all = pilots(country, period);
		return OpenDataController.paged("/api/v1/pilot-evaluations", page, size, all.size(),
				(p) -> OpenDataController.slice(all, p), OpenDataFilters.query("country", country, "period", period));
	}

	@Operation(operationId = "pilotEvaluationsCsv", summary = "Pilot evaluations as CSV")
	@Tag(name = OpenDataDocument.CSV_TAG)
	@GetMapping(path = "/api/v1/pilot-evaluations.csv", produces = CSV)
	ResponseEntity<byte[]> pilotEvaluationsCsv(
			@Parameter(description = "ISO country code") @RequestParam(required = false) String country,
			@Parameter(
					description = "Year or calendar quarter the cohort ended in, e.g. 2026 or 2026-Q1") @RequestParam(
							required = false) String period) {
		return this.csv.csv("pilot-evaluations", OpenDatasets.pilotCsv(pilots(country, period)));
	}

	private List<PilotItem> pilots(String country, String period) {
		this.filters.country(country);
		this.filters.period(period);
		return this.datasets.pilotEvaluations(country, period);
	}

	@Operation(operationId = "listGuidelineVersions", summary = "Every published version of every guideline")
	@GetMapping(path = "/api/v1/guidelines", produces = JSON)
	ResponseEntity<Page<GuidelineVersionItem>> guidelines(
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "Audience code") @RequestParam(required = false) Audience audience) {
		List<GuidelineVersionItem> all = this.datasets.guidelineVersions((audience != null) ? audience.name() : null);
		return OpenDataController.paged("/api/v1/guidelines", page, size, all.size(),
				(p) -> OpenDataController.slice(all, p), OpenDataFilters.query("audience", audience));
	}

	@Operation(operationId = "guidelineVersionsCsv", summary = "Every published version of every guideline, as CSV")
	@Tag(name = OpenDataDocument.CSV_TAG)
	@GetMapping(path = "/api/v1/guidelines.csv", produces = CSV)
	ResponseEntity<byte[]> guidelinesCsv() {
		return this.csv.csv("guidelines", OpenDatasets.guidelinesCsv(this.datasets.guidelineVersions(null)));
	}

	@Operation(operationId = "listGuidelineCitations",
			summary = "Every citation of every published guideline version, with the title, version and figure frozen")
	@GetMapping(path = "/api/v1/guideline-citations", produces = JSON)
	ResponseEntity<Page<CitationItem>> citations(
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "Kind of evidence cited, e.g. CASE or SKILLS_CELL") @RequestParam(
					required = false) EvidenceKind kind) {
		List<CitationItem> all = this.datasets.citations(kind);
		return OpenDataController.paged("/api/v1/guideline-citations", page, size, all.size(),
				(p) -> OpenDataController.slice(all, p), OpenDataFilters.query("kind", kind));
	}

	@Operation(operationId = "guidelineCitationsCsv",
			summary = "Every citation of every published guideline version, as CSV")
	@Tag(name = OpenDataDocument.CSV_TAG)
	@GetMapping(path = "/api/v1/guideline-citations.csv", produces = CSV)
	ResponseEntity<byte[]> citationsCsv(
			@Parameter(description = "Kind of evidence cited, e.g. CASE or SKILLS_CELL") @RequestParam(
					required = false) EvidenceKind kind) {
		return this.csv.csv("guideline-citations", OpenDatasets.citationsCsv(this.datasets.citations(kind)));
	}

	@Operation(operationId = "listDatasets",
			summary = "Every dataset with its formats, its method note and its version (the checksum of its CSV)")
	@GetMapping(path = "/api/v1/datasets", produces = JSON)
	ResponseEntity<Page<DatasetItem>> datasets() {
		List<DatasetItem> all = new ArrayList<>();
		all.add(dataset("cases", "/api/v1/cases", () -> this.csv.cases().getBody()));
		all.add(dataset("skills-map", "/api/v1/skills-map",
				() -> this.csv.skillsMap(null, null, null, null, null).getBody()));
		all.add(dataset("indicators", "/api/v1/indicators", () -> this.csv.indicators().getBody()));
		all.add(dataset("current-indicators", "/api/v1/indicators/current",
				() -> OpenDatasets.currentCsv(this.datasets.currentIndicators(null, null, null))));
		all.add(dataset("pilot-evaluations", "/api/v1/pilot-evaluations",
				() -> OpenDatasets.pilotCsv(this.datasets.pilotEvaluations(null, null))));
		all.add(dataset("guidelines", "/api/v1/guidelines",
				() -> OpenDatasets.guidelinesCsv(this.datasets.guidelineVersions(null))));
		all.add(dataset("guideline-citations", "/api/v1/guideline-citations",
				() -> OpenDatasets.citationsCsv(this.datasets.citations(null))));
		all.add(dataset("competence-levels", "/api/v1/competence-levels",
				() -> OpenAnalyses.levelsCsv(this.analyses.levels(null, null))));
		all.add(dataset("demand-supply", "/api/v1/demand-supply", () -> OpenAnalyses
			.demandSupplyCsv(this.analyses.demandSupply(new DemandSupply.Filter(null, null, null, null), null))));
		all.add(dataset("calibration", "/api/v1/calibration",
				() -> OpenAnalyses.calibrationCsv(this.analyses.calibration(MapQuery.ALL, null))));
		return OpenDataController.paged("/api/v1/datasets", 0, Paging.MAX_SIZE, all.size(), (p) -> all, "");
	}

	private DatasetItem dataset(String name, String json, Supplier<byte[]> csv) {
		byte[] content = csv.get();
		if (content == null) {
			throw new ResponseStatusException(HttpStatus.INTERNAL_SERVER_ERROR);
		}
		int rows;
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(new String(content, StandardCharsets.UTF_8)))) {
			rows = parser.getRecords().size();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		String csvPath = json.equals("/api/v1/indicators/current") ? "/api/v1/indicators/current.csv" : json + ".csv";
		return new DatasetItem(name, this.publicUrl.link(json), this.publicUrl.link(csvPath),
				this.publicUrl.link("/api/v1/methods/" + name), OpenDatasets.checksum(content), rows,
				OpenDataController.LICENCE);
	}

}
