package eu.dhso.guidelines.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import eu.dhso.cases.PublishedCase;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.guidelines.indicator.IndicatorSeries.Point;
import eu.dhso.guidelines.report.Report;
import eu.dhso.skills.SkillsFigures;
import org.jspecify.annotations.Nullable;

/**
 * What the open-data API publishes, field by field, so nothing private can slip out with
 * an entity. A component marked {@link Nullable} may be {@code null}; every other one is
 * always present with a value, and the OpenAPI document says so
 * ({@link OpenDataDocument}).
 */
final class OpenDataItems {

	private OpenDataItems() {
	}

	/** A decimal as people write it: no trailing zeros and no exponent (10, not 1E+1). */
	static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
		return (value == null) ? null : new BigDecimal(value.stripTrailingZeros().toPlainString());
	}

	/** The entry point: the licence and where each resource is. */
	record ApiIndex(String licence, String licenceUrl, List<String> resources, List<String> csv) {
	}

	record Page<T>(List<T> items, int page, int size, long totalItems, long totalPages, @Nullable String next,
			String licence, String licenceUrl) {
	}

	/** A page of released figures with one sentence on how they were released. */
	record MethodPage<T>(List<T> items, int page, int size, long totalItems, long totalPages, @Nullable String next,
			String licence, String licenceUrl, String method) {

		static <T> MethodPage<T> of(Page<T> page, String method) {
			return new MethodPage<>(page.items(), page.page(), page.size(), page.totalItems(), page.totalPages(),
					page.next(), page.licence(), page.licenceUrl(), method);
		}

	}

	/** A published case as open data: what the library lists, plus its address. */
	record CaseItem(long id, String title, @Nullable String summary, @Nullable String countryCode,
			@Nullable String careSetting, @Nullable String stage, List<String> technologies, List<String> professions,
			@Nullable String practiceLabel, @Nullable Integer year, Instant publishedAt, String url,
			List<CaseTrainingItem> training) {

		static CaseItem of(PublishedCase c, String url) {
			return new CaseItem(c.id(), c.title(), c.summary(), c.countryCode(), c.careSetting(), c.stage(),
					c.technologies(), c.professions(), c.label(), c.year(), c.publishedAt(), url,
					c.training().stream().map(CaseTrainingItem::of).toList());
		}

	}

	/**
	 * How staff were trained for a case: codes of the method, of the format (the
	 * vocabulary the learning lab's activities share) and of who delivered it; hours when
	 * the case reports them; competence codes of the framework.
	 */
	record CaseTrainingItem(String method, String format, @Nullable Integer durationHours, String deliveredBy,
			List<String> competences) {

		static CaseTrainingItem of(PublishedCase.Training t) {
			return new CaseTrainingItem(t.method(), t.format(), t.durationHours(), t.deliveredBy(),
					t.competences().stream().map(PublishedCase.Competence::code).toList());
		}

	}

	record FrameworkItem(long id, String label, @Nullable String title, @Nullable Instant publishedAt,
			List<AreaItem> areas) {

		static FrameworkItem of(CompetenceFramework.FrameworkView view) {
			return new FrameworkItem(view.id(), view.label(), view.title(), view.publishedAt(),
					view.areas().stream().map(AreaItem::of).toList());
		}

	}

	record AreaItem(String code, String kind, @Nullable String title, @Nullable String description,
			List<CompetenceItem> competences) {

		static AreaItem of(CompetenceFramework.AreaView area) {
			return new AreaItem(area.code(), area.kind().name(), area.title(), area.description(),
					area.competences().stream().map(CompetenceItem::of).toList());
		}

	}

	record CompetenceItem(long id, String code, @Nullable String title, @Nullable String description,
			@Nullable String digcompCode, @Nullable String escoUri, Map<Integer, String> levels) {

		static CompetenceItem of(CompetenceFramework.CompetenceView c) {
			return new CompetenceItem(c.id(), c.code(), c.title(), c.description(), c.digcompCode(), c.escoUri(),
					c.levels());
		}

	}

	record RoleProfileItem(String profession, @Nullable String frameworkLabel, Map<String, Integer> expectedLevels) {

		static RoleProfileItem of(SkillsFigures.RoleProfileLevels levels) {
			return new RoleProfileItem(levels.profession(), levels.frameworkLabel(), levels.expectedLevels());
		}

	}

	/**
	 * A released cell of the skills map; a suppressed one carries no figure. Means are
	 * rounded to two decimals, as in the CSV and on the page.
	 */
	record SkillsMapCell(String profession, String area, @Nullable Integer respondents, @Nullable BigDecimal meanLevel,
			@Nullable BigDecimal meanGap, boolean suppressed) {

		static SkillsMapCell of(SkillsFigures.AreaCell cell) {
			boolean suppressed = cell.respondents() == null;
			return new SkillsMapCell(cell.profession(), cell.area(), suppressed ? null : cell.respondents(),
					suppressed ? null : round(cell.meanLevel()), suppressed ? null : round(cell.meanGap()), suppressed);
		}

		private static @Nullable BigDecimal round(@Nullable Double value) {
			return (value == null) ? null : BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
		}

	}

	record IndicatorItem(String code, LocalDate periodEnd, @Nullable String countryCode, @Nullable String dimension,
			@Nullable BigDecimal value, boolean suppressed, @Nullable String source) {

		static IndicatorItem of(Point p) {
			return new IndicatorItem(p.code(), p.periodEnd(), p.country().isEmpty() ? null : p.country(),
					p.dimension().isEmpty() ? null : p.dimension(), p.suppressed() ? null : plain(p.value()),
					p.suppressed(), p.source());
		}

	}

	record ReportItem(String slug, String title, String status, @Nullable Instant publishedAt,
			@Nullable Instant withdrawnAt, @Nullable String withdrawalNote, String url, String pdf) {

		static ReportItem of(Report r, String url) {
			return new ReportItem(r.slug(), r.title(), r.status().name(), r.publishedAt(), r.withdrawnAt(),
					r.withdrawalNote(), url, url + "/pdf");
		}

	}

}
