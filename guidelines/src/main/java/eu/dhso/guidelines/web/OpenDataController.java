package eu.dhso.guidelines.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import eu.dhso.cases.PublishedCase;
import eu.dhso.cases.PublishedCaseCatalogue;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.web.Paging;
import eu.dhso.guidelines.indicator.IndicatorSeries.Point;
import eu.dhso.guidelines.indicator.IndicatorSeries;
import eu.dhso.guidelines.report.ReportPublishing;
import eu.dhso.guidelines.report.Report;
import eu.dhso.skills.SkillsFigures;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only open-data API. Every list is paginated and carries the licence; records
 * name their fields explicitly, so nothing private can slip out with an entity, and
 * person-based figures arrive already released by the kernel's disclosure control.
 */
@RestController
class OpenDataController {

	static final String LICENCE = "CC BY 4.0";

	static final String LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/";

	static final int MAX_SIZE = Paging.MAX_SIZE;

	private final PublishedCaseCatalogue cases;

	private final CompetenceFramework framework;

	private final SkillsFigures skills;

	private final IndicatorSeries indicators;

	private final ReportPublishing reports;

	private final DisclosureControl disclosure;

	private final MessageSource messages;

	OpenDataController(PublishedCaseCatalogue cases, CompetenceFramework framework, SkillsFigures skills,
			IndicatorSeries indicators, ReportPublishing reports, DisclosureControl disclosure,
			MessageSource messages) {
		this.disclosure = disclosure;
		this.messages = messages;
		this.cases = cases;
		this.framework = framework;
		this.skills = skills;
		this.indicators = indicators;
		this.reports = reports;
	}

	@GetMapping("/api/v1")
	Map<String, Object> index() {
		return Map.of("licence", LICENCE, "licenceUrl", LICENCE_URL, "resources",
				List.of("/api/v1/cases", "/api/v1/frameworks", "/api/v1/role-profiles", "/api/v1/skills-map",
						"/api/v1/indicators", "/api/v1/reports"),
				"csv", List.of("/api/v1/cases.csv", "/api/v1/skills-map.csv", "/api/v1/indicators.csv"));
	}

	@GetMapping("/api/v1/cases")
	ResponseEntity<Page<CaseItem>> cases(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return paged("/api/v1/cases", page, size, this.cases.count(),
				(p) -> this.cases.page(p.offset(), p.size()).stream().map(CaseItem::of).toList());
	}

	@GetMapping("/api/v1/frameworks")
	ResponseEntity<Page<CompetenceFramework.FrameworkView>> frameworks(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		List<CompetenceFramework.FrameworkView> all = this.framework.latestPublished().stream().toList();
		return paged("/api/v1/frameworks", page, size, all.size(), (p) -> slice(all, p));
	}

	@GetMapping("/api/v1/role-profiles")
	ResponseEntity<Page<SkillsFigures.RoleProfileLevels>> roleProfiles(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		List<SkillsFigures.RoleProfileLevels> all = this.skills.roleProfiles();
		return paged("/api/v1/role-profiles", page, size, all.size(), (p) -> slice(all, p));
	}

	@GetMapping("/api/v1/skills-map")
	ResponseEntity<MethodPage<SkillsFigures.AreaCell>> skillsMap(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size, Locale locale) {
		List<SkillsFigures.AreaCell> all = this.skills.publicMap();
		ResponseEntity<Page<SkillsFigures.AreaCell>> paged = paged("/api/v1/skills-map", page, size, all.size(),
				(p) -> slice(all, p));
		if (paged.getBody() == null) {
			return ResponseEntity.status(paged.getStatusCode()).build();
		}
		return ResponseEntity.ok(MethodPage.of(paged.getBody(),
				this.messages.getMessage("guidelines.opendata.skillsMapMethod",
						new Object[] { this.disclosure.minGroupSize(), this.disclosure.releasedBefore().toString() },
						locale)));
	}

	@GetMapping("/api/v1/indicators")
	ResponseEntity<Page<IndicatorItem>> indicators(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		return paged("/api/v1/indicators", page, size, this.indicators.count(),
				(p) -> this.indicators.page(p.number(), p.size()).stream().map(IndicatorItem::of).toList());
	}

	@GetMapping("/api/v1/reports")
	ResponseEntity<Page<ReportItem>> reports(@RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "20") int size) {
		List<ReportItem> all = this.reports.released().stream().map(ReportItem::of).toList();
		return paged("/api/v1/reports", page, size, all.size(), (p) -> slice(all, p));
	}

	private static <T> List<T> slice(List<T> all, Paging request) {
		return all.subList(Math.min(all.size(), request.offset()),
				Math.min(all.size(), request.offset() + request.size()));
	}

	/**
	 * A negative page or a size out of range is refused; a page beyond the last is empty,
	 * and one past {@link Paging#MAX_PAGE} is served as that page, so no offset or next
	 * link overflows.
	 */
	private static <T> ResponseEntity<Page<T>> paged(String path, int page, int size, long total,
			Function<Paging, List<T>> items) {
		if (page < 0 || size < 1 || size > MAX_SIZE) {
			return ResponseEntity.badRequest().build();
		}
		Paging request = new Paging(page, size);
		String next = request.hasNext(total) ? path + "?page=" + (request.number() + 1) + "&size=" + size : null;
		return ResponseEntity.ok(new Page<>(items.apply(request), request.number(), size, total, request.pages(total),
				next, LICENCE, LICENCE_URL));
	}

	record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages, String next, String licence,
			String licenceUrl) {
	}

	/** A page of released figures with one sentence on how they were released. */
	record MethodPage<T>(List<T> items, int page, int size, long totalItems, long totalPages, String next,
			String licence, String licenceUrl, String method) {

		static <T> MethodPage<T> of(Page<T> page, String method) {
			return new MethodPage<>(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(),
					page.next(), page.licence(), page.licenceUrl(), method);
		}

	}

	/** A published case as open data: what the library lists, plus its address. */
	record CaseItem(long id, String title, String summary, String countryCode, String careSetting, String stage,
			List<String> technologies, List<String> professions, String practiceLabel, Integer year,
			Instant publishedAt, String url) {

		static CaseItem of(PublishedCase c) {
			return new CaseItem(c.id(), c.title(), c.summary(), c.countryCode(), c.careSetting(), c.stage(),
					c.technologies(), c.professions(), c.label(), c.year(), c.publishedAt(), "/cases/" + c.id());
		}

	}

	record IndicatorItem(String code, LocalDate periodEnd, String countryCode, String dimension,
			java.math.BigDecimal value, boolean suppressed, String source) {

		static IndicatorItem of(Point p) {
			return new IndicatorItem(p.code(), p.periodEnd(), p.country().isEmpty() ? null : p.country(),
					p.dimension().isEmpty() ? null : p.dimension(), p.suppressed() ? null : p.value(), p.suppressed(),
					p.source());
		}

	}

	record ReportItem(String slug, String title, String status, Instant publishedAt, Instant withdrawnAt,
			String withdrawalNote, String url, String pdf) {

		static ReportItem of(Report r) {
			String url = "/observatory/reports/" + r.slug();
			return new ReportItem(r.slug(), r.title(), r.status().name(), r.publishedAt(), r.withdrawnAt(),
					r.withdrawalNote(), url, url + "/pdf");
		}

	}

}
