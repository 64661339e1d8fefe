package eu.dhso.guidelines.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;

import eu.dhso.cases.PublishedCase;
import eu.dhso.cases.PublishedCaseCatalogue;
import eu.dhso.core.csv.CsvWriter;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.web.PublicData;
import eu.dhso.core.web.PublicUrl;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import eu.dhso.guidelines.indicator.IndicatorSeries.Point;
import eu.dhso.guidelines.web.OpenDataItems.SkillsMapCell;
import eu.dhso.skills.SkillsFigures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * Open data as strict RFC 4180 CSV, written by the kernel's CSV writer: the header comes
 * first, numbers are bare, a suppressed cell is empty and flagged in its own column, and
 * lists are separated by the kernel's one separator. The method and the licence are a
 * separate plain-text note, named in each file's {@code Link} header.
 */
@RestController
@Tag(name = OpenDataDocument.CSV_TAG)
class OpenDataCsvController {

	static final String LICENCE_LINE = "Licence: CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/), "
			+ "Digital Health Skills Observatory";

	private static final String CSV = "text/csv";

	private final PublishedCaseCatalogue cases;

	private final SkillsFigures skills;

	private final IndicatorSeries indicators;

	private final DisclosureControl disclosure;

	private final OpenDataController json;

	private final PublicUrl publicUrl;

	OpenDataCsvController(PublishedCaseCatalogue cases, SkillsFigures skills, IndicatorSeries indicators,
			DisclosureControl disclosure, OpenDataController json, PublicUrl publicUrl) {
		this.disclosure = disclosure;
		this.json = json;
		this.publicUrl = publicUrl;
		this.cases = cases;
		this.skills = skills;
		this.indicators = indicators;
	}

	@Operation(operationId = "casesCsv", summary = "Published interview cases as CSV")
	@GetMapping(path = "/api/v1/cases.csv", produces = CSV)
	ResponseEntity<byte[]> cases() {
		List<List<Object>> rows = new ArrayList<>();
		int offset = 0;
		List<PublishedCase> page;
		do {
			page = this.cases.page(offset, 500);
			for (PublishedCase c : page) {
				rows.add(Arrays.asList(c.id(), c.title(), c.countryCode(), c.careSetting(),
						CsvWriter.list(c.technologies()), CsvWriter.list(c.professions()), c.label(),
						String.valueOf(c.publishedAt()), training(c, (t) -> Stream.of(t.method())),
						training(c, (t) -> Stream.of(t.format())), training(c, (t) -> Stream.of(t.deliveredBy())),
						trainingHours(c),
						training(c, (t) -> t.competences().stream().map(PublishedCase.Competence::code)),
						this.publicUrl.link("/cases/" + c.id())));
			}
			offset += 500;
		}
		while (page.size() == 500);
		// the training columns match the library's own export, so one reader reads both
		return csv("cases",
				List.of("id", "title", "country", "care_setting", "technologies", "professions", "practice_label",
						"published_at", "training_methods", "training_formats", "training_delivered_by",
						"training_hours", "training_competences", "url"),
				rows);
	}

	/**
	 * The codes of one part of a case's training (the JSON's {@code training} items),
	 * each once, in the kernel's list form.
	 */
	private static String training(PublishedCase c, Function<PublishedCase.Training, Stream<String>> part) {
		return CsvWriter.list(c.training().stream().flatMap(part).filter((code) -> code != null).distinct().toList());
	}

	/** The training hours the case reports, a number; empty when none are known. */
	private static Object trainingHours(PublishedCase c) {
		List<Integer> known = c.training()
			.stream()
			.map(PublishedCase.Training::durationHours)
			.filter((h) -> h != null)
			.toList();
		return known.isEmpty() ? null : known.stream().mapToInt(Integer::intValue).sum();
	}

	@Operation(operationId = "skillsMapCsv", summary = "Released skills map as CSV")
	@GetMapping(path = "/api/v1/skills-map.csv", produces = CSV)
	ResponseEntity<byte[]> skillsMap(
			@Parameter(description = "ISO country code") @RequestParam(required = false) String country,
			@Parameter(description = "Profession code") @RequestParam(required = false) String profession,
			@Parameter(description = "Care-setting code") @RequestParam(required = false) String careSetting,
			@Parameter(
					description = "A year or calendar quarter, e.g. 2026 or 2026-Q1 (default: all time)") @RequestParam(
							required = false) String period,
			@Parameter(description = "Label of a published framework version (default: the latest)") @RequestParam(
					required = false) String frameworkVersion) {
		List<List<Object>> rows = new ArrayList<>();
		for (SkillsMapCell cell : this.json.skillsMapCells(country, profession, careSetting, period,
				frameworkVersion)) {
			rows.add(Arrays.asList(cell.profession(), cell.area(), cell.respondents(), cell.meanLevel(), cell.meanGap(),
					cell.suppressed()));
		}
		return csv("skills-map", List.of("profession", "area", "respondents", "mean_level", "mean_gap", "suppressed"),
				rows);
	}

	@Operation(operationId = "indicatorsCsv", summary = "Stored indicator values as CSV")
	@GetMapping(path = "/api/v1/indicators.csv", produces = CSV)
	ResponseEntity<byte[]> indicators() {
		List<List<Object>> rows = new ArrayList<>();
		long total = this.indicators.count();
		for (int page = 0; (long) page * 1000 < total; page++) {
			for (Point p : this.indicators.page(page, 1000)) {
				rows.add(Arrays.asList(p.code(), p.periodEnd().toString(), p.country(), p.dimension(),
						p.suppressed() ? null : OpenDataItems.plain(p.value()), p.suppressed(), p.source()));
			}
		}
		return csv("indicators", List.of("code", "period_end", "country", "dimension", "value", "suppressed", "source"),
				rows);
	}

	@Operation(operationId = "methodNote", summary = "The method and licence of a dataset (see /api/v1/datasets)")
	@GetMapping(path = "/api/v1/methods/{dataset}", produces = MediaType.TEXT_PLAIN_VALUE)
	ResponseEntity<String> method(
			@Parameter(description = "Dataset name, as /api/v1/datasets lists it") @PathVariable String dataset) {
		String method = switch (dataset) {
			case "cases" -> "Method: the last published version of each interview case in the public library, "
					+ "as the library shows it (consent scope applied). Lists are separated by a space.";
			case "skills-map" ->
				"Method: " + this.json.skillsMapMethod() + " A suppressed group has empty figures and suppressed=true.";
			case "indicators" -> "Method: lifecycle indicators computed from the observatory's published data, "
					+ "plus policy indicators entered with their source; person-based values count verified people "
					+ "only, values on fewer than " + this.disclosure.minGroupSize() + " people are suppressed "
					+ "(empty value, suppressed=true), and the modules perturb means and round counts by the "
					+ "cell-key method before they are stored.";
			case "current-indicators" -> "Method: every indicator computed on request from the observatory's "
					+ "published data only (never drafts), with its ProMIS phase, its population (n) and its source; "
					+ "person-based values on fewer than " + this.disclosure.minGroupSize() + " people are "
					+ "suppressed (empty value, suppressed=true). Policy values are the latest entered, with their "
					+ "source.";
			case "pilot-evaluations" -> "Method: one row per pilot cohort of the learning lab that ran to its last "
					+ "day (cohorts called off or still running never appear), with the released figures of its "
					+ "evaluation: verified participants' mean attendance, their mean normalised learning gain between "
					+ "the pre- and post-assessment (of those who agreed to the use of their levels; gain_people is the "
					+ "rounded number it rests on) and their mean self-assessed level before and after. Groups of fewer "
					+ "than " + this.disclosure.minGroupSize() + " people are suppressed (empty figures, "
					+ "gain_suppressed=true).";
			case "guidelines" -> "Method: every published version of every guideline, as frozen when it was "
					+ "published; drafts never appear.";
			case "guideline-citations" -> "Method: every citation of every published guideline version, with the "
					+ "title, version and figure of the evidence frozen when the version was published, and the "
					+ "public address of what was cited; /observatory/manage/verify recomputes each figure.";
			case "competence-levels" -> "Method: for each competence of the published framework, as its page "
					+ "/competences/{code} shows it: the level (1 to 4) each profession's general role profile "
					+ "expects, and the released mean and median self-assessed level and calibration index of its "
					+ "people, over all countries (empty country) and per country; gap is the expected level minus "
					+ "the median. Groups of fewer than " + this.disclosure.minGroupSize() + " people are suppressed "
					+ "(empty figures, suppressed=true). The whole trail of one competence is /api/v1/competences/{code}.";
			case "demand-supply" -> "Method: as /observatory/demand-supply shows it: a competence weighs one plus "
					+ "the number of published cases that need it; demand is the weighted mean of the levels the "
					+ "profession's role profile expects; supply is the median over its people of each person's "
					+ "weighted mean self-assessed level; gap is demand minus supply. Groups of fewer than "
					+ this.disclosure.minGroupSize()
					+ " people are suppressed (empty supply and gap, suppressed=true).";
			case "calibration" -> "Method: as the public skills map shows it: a person's calibration index in an "
					+ "area is their mean self-rating rescaled to 0..1 minus their share of knowledge items answered "
					+ "correctly (-1 to 1, positive when the self-rating is above the knowledge score); ALL is a "
					+ "person's mean over the areas; a group's value is the mean of its people. Groups of fewer than "
					+ this.disclosure.minGroupSize() + " people are suppressed (empty index, suppressed=true).";
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No dataset of this name.");
		};
		return ResponseEntity.ok()
			.cacheControl(PublicData.CACHE_CONTROL)
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(method + "\r\n" + LICENCE_LINE + "\r\n");
	}

	private ResponseEntity<byte[]> csv(String dataset, List<String> header, List<List<Object>> rows) {
		return csv(dataset, CsvWriter.of(List.of(), header, rows));
	}

	/**
	 * A dataset's CSV as a public download, its method note linked; its ETag is its
	 * version as {@code /api/v1/datasets} lists it (the checksum of the content).
	 */
	ResponseEntity<byte[]> csv(String dataset, byte[] content) {
		return CsvWriter.download(dataset + ".csv")
			.cacheControl(PublicData.CACHE_CONTROL)
			.eTag("\"" + OpenDatasets.checksum(content) + "\"")
			.header(HttpHeaders.LINK, CsvWriter.describedBy(this.publicUrl.link("/api/v1/methods/" + dataset)),
					"<" + OpenDataController.LICENCE_URL + ">; rel=\"license\"")
			.body(content);
	}

}
