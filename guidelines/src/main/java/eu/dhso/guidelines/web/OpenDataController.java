package eu.dhso.guidelines.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import eu.dhso.cases.PublishedCase;
import eu.dhso.cases.PublishedCaseCatalogue;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.web.Paging;
import eu.dhso.core.web.PublicData;
import eu.dhso.core.web.PublicUrl;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import eu.dhso.guidelines.report.ReportPublishing;
import eu.dhso.guidelines.web.OpenDataItems.ApiIndex;
import eu.dhso.guidelines.web.OpenDataItems.CaseItem;
import eu.dhso.guidelines.web.OpenDataItems.FrameworkItem;
import eu.dhso.guidelines.web.OpenDataItems.IndicatorItem;
import eu.dhso.guidelines.web.OpenDataItems.MethodPage;
import eu.dhso.guidelines.web.OpenDataItems.Page;
import eu.dhso.guidelines.web.OpenDataItems.ReportItem;
import eu.dhso.guidelines.web.OpenDataItems.RoleProfileItem;
import eu.dhso.guidelines.web.OpenDataItems.SkillsMapCell;
import eu.dhso.skills.SkillsFigures;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The read-only open-data API. Every list is paginated and carries the licence; person-
 * based figures arrive already released by the kernel's disclosure control. Open data is
 * the same for everyone (English, no session), so it is served as public and revalidated
 * with ETags.
 */
@RestController
@Tag(name = OpenDataDocument.JSON_TAG)
class OpenDataController {

	static final String LICENCE = "CC BY 4.0";

	static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

	static final int MAX_SIZE = Paging.MAX_SIZE;

	private static final String JSON = MediaType.APPLICATION_JSON_VALUE;

	private final PublishedCaseCatalogue cases;

	private final CompetenceFramework framework;

	private final SkillsFigures skills;

	private final IndicatorSeries indicators;

	private final ReportPublishing reports;

	private final DisclosureControl disclosure;

	private final MessageSource messages;

	private final PublicUrl publicUrl;

	private final OpenDataFilters filters;

	OpenDataController(PublishedCaseCatalogue cases, CompetenceFramework framework, SkillsFigures skills,
			IndicatorSeries indicators, ReportPublishing reports, DisclosureControl disclosure, MessageSource messages,
			PublicUrl publicUrl, OpenDataFilters filters) {
		this.filters = filters;
		this.disclosure = disclosure;
		this.messages = messages;
		this.cases = cases;
		this.framework = framework;
		this.skills = skills;
		this.indicators = indicators;
		this.reports = reports;
		this.publicUrl = publicUrl;
	}

	@Operation(operationId = "index", summary = "Licence and list of the open-data resources")
	@GetMapping(path = "/api/v1", produces = JSON)
	ResponseEntity<ApiIndex> index() {
		return ResponseEntity.ok()
			.cacheControl(PublicData.CACHE_CONTROL)
			.body(new ApiIndex(LICENCE, LICENCE_URL, List.of("/api/v1/datasets", "/api/v1/cases", "/api/v1/frameworks",
					"/api/v1/role-profiles", "/api/v1/skills-map", "/api/v1/indicators", "/api/v1/indicators/current",
					"/api/v1/pilot-evaluations", "/api/v1/guidelines", "/api/v1/guideline-citations", "/api/v1/reports",
					"/api/v1/competences", "/api/v1/competence-levels", "/api/v1/demand-supply", "/api/v1/calibration"),
					List.of("/api/v1/cases.csv", "/api/v1/skills-map.csv", "/api/v1/indicators.csv",
							"/api/v1/indicators/current.csv", "/api/v1/pilot-evaluations.csv", "/api/v1/guidelines.csv",
							"/api/v1/guideline-citations.csv", "/api/v1/competence-levels.csv",
							"/api/v1/demand-supply.csv", "/api/v1/calibration.csv")));
	}

	@Operation(operationId = "listCases", summary = "Published interview cases, as the public library shows them")
	@GetMapping(path = "/api/v1/cases", produces = JSON)
	ResponseEntity<Page<CaseItem>> cases(
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "ISO country code") @RequestParam(required = false) String country,
			@Parameter(description = "Profession code") @RequestParam(required = false) String profession,
			@Parameter(description = "Year of the implementation") @RequestParam(required = false) Integer year) {
		this.filters.country(country);
		this.filters.profession(profession);
		if (country == null && profession == null && year == null) {
			return paged("/api/v1/cases", page, size, this.cases.count(),
					(p) -> this.cases.page(p.offset(), p.size()).stream().map(this::caseItem).toList(), "");
		}
		List<CaseItem> all = allCases().stream()
			.filter((c) -> country == null || country.equals(c.countryCode()))
			.filter((c) -> profession == null || c.professions().contains(profession))
			.filter((c) -> year == null || year.equals(c.year()))
			.map(this::caseItem)
			.toList();
		return paged("/api/v1/cases", page, size, all.size(), (p) -> slice(all, p),
				OpenDataFilters.query("country", country, "profession", profession, "year", year));
	}

	@Operation(operationId = "listFrameworks", summary = "The published competence framework")
	@GetMapping(path = "/api/v1/frameworks", produces = JSON)
	ResponseEntity<Page<FrameworkItem>> frameworks(
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "Framework version label") @RequestParam(
					required = false) String frameworkVersion) {
		this.filters.frameworkVersion(frameworkVersion);
		List<FrameworkItem> all = this.framework.latestPublished()
			.stream()
			.map(FrameworkItem::of)
			.filter((f) -> frameworkVersion == null || frameworkVersion.equals(f.label()))
			.toList();
		return paged("/api/v1/frameworks", page, size, all.size(), (p) -> slice(all, p),
				OpenDataFilters.query("frameworkVersion", frameworkVersion));
	}

	@Operation(operationId = "listRoleProfiles", summary = "Expected levels of each profession's role profile")
	@GetMapping(path = "/api/v1/role-profiles", produces = JSON)
	ResponseEntity<Page<RoleProfileItem>> roleProfiles(
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "Profession code") @RequestParam(required = false) String profession, @Parameter(
					description = "Framework version label") @RequestParam(required = false) String frameworkVersion) {
		this.filters.profession(profession);
		this.filters.frameworkVersion(frameworkVersion);
		List<RoleProfileItem> all = this.skills.roleProfiles()
			.stream()
			.map(RoleProfileItem::of)
			.filter((r) -> profession == null || profession.equals(r.profession()))
			.filter((r) -> frameworkVersion == null || frameworkVersion.equals(r.frameworkLabel()))
			.toList();
		return paged("/api/v1/role-profiles", page, size, all.size(), (p) -> slice(all, p),
				OpenDataFilters.query("profession", profession, "frameworkVersion", frameworkVersion));
	}

	@Operation(operationId = "listSkillsMap",
			summary = "Released skills map: self-assessed levels per profession and area")
	@GetMapping(path = "/api/v1/skills-map", produces = JSON)
	ResponseEntity<MethodPage<SkillsMapCell>> skillsMap(
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "ISO country code") @RequestParam(required = false) String country,
			@Parameter(description = "Profession code") @RequestParam(required = false) String profession,
			@Parameter(description = "Care-setting code") @RequestParam(required = false) String careSetting,
			@Parameter(
					description = "A year or calendar quarter, e.g. 2026 or 2026-Q1 (default: all time)") @RequestParam(
							required = false) String period,
			@Parameter(description = "Label of a published framework version (default: the latest)") @RequestParam(
					required = false) String frameworkVersion) {
		List<SkillsMapCell> all = skillsMapCells(country, profession, careSetting, period, frameworkVersion);
		ResponseEntity<Page<SkillsMapCell>> paged = paged("/api/v1/skills-map", page, size, all.size(),
				(p) -> slice(all, p), OpenDataFilters.query("country", country, "profession", profession, "careSetting",
						careSetting, "period", period, "frameworkVersion", frameworkVersion));
		return ResponseEntity.ok()
			.cacheControl(PublicData.CACHE_CONTROL)
			.body(MethodPage.of(paged.getBody(), skillsMapMethod()));
	}

	@Operation(operationId = "listIndicators", summary = "Stored indicator values, newest period first")
	@GetMapping(path = "/api/v1/indicators", produces = JSON)
	ResponseEntity<Page<IndicatorItem>> indicators(
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size,
			@Parameter(description = "ISO country code, or ALL for the values of all countries together") @RequestParam(
					required = false) String country,
			@Parameter(description = "Indicator code") @RequestParam(required = false) String code,
			@Parameter(description = "First period end, yyyy-MM-dd") @RequestParam(required = false) LocalDate from,
			@Parameter(description = "Last period end, yyyy-MM-dd") @RequestParam(required = false) LocalDate to) {
		IndicatorSeries.Filter filter = new IndicatorSeries.Filter(this.filters.countryOrAll(country), code, from, to);
		return paged("/api/v1/indicators", page, size, this.indicators.count(filter),
				(p) -> this.indicators.page(filter, p.number(), p.size()).stream().map(IndicatorItem::of).toList(),
				OpenDataFilters.query("country", country, "code", code, "from", from, "to", to));
	}

	@Operation(operationId = "listReports", summary = "Published and withdrawn observatory reports")
	@GetMapping(path = "/api/v1/reports", produces = JSON)
	ResponseEntity<Page<ReportItem>> reports(
			@Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
			@Parameter(description = "Items per page, 1 to 100") @RequestParam(defaultValue = "20") int size) {
		List<ReportItem> all = this.reports.released()
			.stream()
			.map((r) -> ReportItem.of(r, this.publicUrl.link("/observatory/reports/" + r.slug())))
			.toList();
		return paged("/api/v1/reports", page, size, all.size(), (p) -> slice(all, p), "");
	}

	private CaseItem caseItem(PublishedCase c) {
		return CaseItem.of(c, this.publicUrl.link("/cases/" + c.id()));
	}

	/** Every published case, for a filtered list: the public library is small enough. */
	private List<PublishedCase> allCases() {
		List<PublishedCase> all = new ArrayList<>();
		List<PublishedCase> page;
		do {
			page = this.cases.page(all.size(), 500);
			all.addAll(page);
		}
		while (page.size() == 500);
		return all;
	}

	/**
	 * The released cells of the map, of one country or all, released as the page does.
	 */
	List<SkillsMapCell> skillsMapCells(String country, String profession, String careSetting, String period,
			String frameworkVersion) {
		this.filters.country(country);
		this.filters.profession(profession);
		this.filters.careSetting(careSetting);
		this.filters.period(period);
		Long version = this.filters.frameworkVersion(frameworkVersion);
		return this.skills.publicMap(new SkillsFigures.MapQuery(version, country, careSetting, period))
			.stream()
			.map(SkillsMapCell::of)
			.filter((c) -> profession == null || profession.equals(c.profession()))
			.toList();
	}

	/** The skills map's method in English: open data reads the same for everyone. */
	String skillsMapMethod() {
		return this.messages.getMessage("guidelines.opendata.skillsMapMethod",
				new Object[] { this.disclosure.minGroupSize(), this.disclosure.releasedBefore().toString() },
				Locale.ENGLISH);
	}

	static <T> List<T> slice(List<T> all, Paging request) {
		return all.subList(Math.min(all.size(), request.offset()),
				Math.min(all.size(), request.offset() + request.size()));
	}

	/**
	 * A negative page or a size out of range is refused as a problem; a page beyond the
	 * last is empty, and one past {@link Paging#MAX_PAGE} is served as that page, so no
	 * offset or next link overflows.
	 */
	static <T> ResponseEntity<Page<T>> paged(String path, int page, int size, long total,
			Function<Paging, List<T>> items, String filters) {
		if (page < 0) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "page must be 0 or more.");
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "size must be from 1 to " + MAX_SIZE + ".");
		}
		Paging request = new Paging(page, size);
		String next = request.hasNext(total) ? path + "?page=" + (request.number() + 1) + "&size=" + size + filters
				: null;
		return ResponseEntity.ok()
			.cacheControl(PublicData.CACHE_CONTROL)
			.body(new Page<>(items.apply(request), request.number(), size, total, request.pages(total), next, LICENCE,
					LICENCE_URL));
	}

}
