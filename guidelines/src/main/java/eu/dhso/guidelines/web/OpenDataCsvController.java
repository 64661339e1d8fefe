package eu.dhso.guidelines.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
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
						String.valueOf(c.publishedAt()), this.publicUrl.link("/cases/" + c.id())));
			}
			offset += 500;
		}
		while (page.size() == 500);
		return csv("cases", List.of("id", "title", "country", "care_setting", "technologies", "professions",
				"practice_label", "published_at", "url"), rows);
	}

	@Operation(operationId = "skillsMapCsv", summary = "Released skills map as CSV")
	@GetMapping(path = "/api/v1/skills-map.csv", produces = CSV)
	ResponseEntity<byte[]> skillsMap() {
		List<List<Object>> rows = new ArrayList<>();
		for (SkillsFigures.AreaCell released : this.skills.publicMap()) {
			SkillsMapCell cell = SkillsMapCell.of(released);
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
	ResponseEntity<String> method(@PathVariable String dataset) {
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
			case "pilot-evaluations" -> "Method: the learning lab's released figures per country: pilot cohorts "
					+ "that ran, professionals who completed one, and their mean normalised learning gain between the "
					+ "pre- and post-assessment; groups of fewer than " + this.disclosure.minGroupSize()
					+ " people are suppressed.";
			case "guidelines" -> "Method: every published version of every guideline, as frozen when it was "
					+ "published; drafts never appear.";
			default -> throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No dataset " + dataset + ".");
		};
		return ResponseEntity.ok()
			.cacheControl(PublicData.CACHE_CONTROL)
			.contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
			.body(method + "\r\n" + LICENCE_LINE + "\r\n");
	}

	private ResponseEntity<byte[]> csv(String dataset, List<String> header, List<List<Object>> rows) {
		return csv(dataset, CsvWriter.of(List.of(), header, rows));
	}

	/** A dataset's CSV as a public download, its method note linked. */
	ResponseEntity<byte[]> csv(String dataset, byte[] content) {
		return CsvWriter.download(dataset + ".csv")
			.cacheControl(PublicData.CACHE_CONTROL)
			.header(HttpHeaders.LINK, CsvWriter.describedBy(this.publicUrl.link("/api/v1/methods/" + dataset)),
					"<" + OpenDataController.LICENCE_URL + ">; rel=\"license\"")
			.body(content);
	}

}
