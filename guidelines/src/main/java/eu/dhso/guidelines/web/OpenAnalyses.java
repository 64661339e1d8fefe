package eu.dhso.guidelines.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.dhso.core.csv.CsvWriter;
import eu.dhso.core.disclosure.Released;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.trail.CompetenceTrail.AssessedGroup;
import eu.dhso.core.trail.CompetenceTrails;
import eu.dhso.core.trail.CompetenceTrails.ProfessionGap;
import eu.dhso.core.trail.CompetenceTrails.Trail;
import eu.dhso.core.web.PublicUrl;
import eu.dhso.guidelines.indicator.DemandSupply;
import eu.dhso.guidelines.indicator.DemandSupply.Cell;
import eu.dhso.guidelines.indicator.DemandSupply.Grid;
import eu.dhso.guidelines.indicator.DemandSupply.Row;
import eu.dhso.skills.SkillsFigures;
import eu.dhso.skills.SkillsFigures.CalibrationCell;
import eu.dhso.skills.SkillsFigures.MapQuery;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * The analyses of the observatory as open data: each competence's trail, demand vs supply
 * and the calibration index. Each is built once here for its JSON and its CSV, from the
 * very figures its page shows (the same services, the same released values, printed the
 * same way), so the formats cannot drift apart and none is released differently.
 */
@Component
class OpenAnalyses {

	static final List<String> LEVEL_HEADER = List.of("competence", "area", "profession", "country", "expected_level",
			"mean_level", "median_level", "calibration", "gap", "people", "suppressed");

	static final List<String> DEMAND_SUPPLY_HEADER = List.of("profession", "column_kind", "column", "cases", "demand",
			"supply", "gap", "people", "suppressed");

	static final List<String> CALIBRATION_HEADER = List.of("profession", "country", "area", "calibration_index",
			"people", "suppressed");

	private final CompetenceTrails trails;

	private final CompetenceFramework framework;

	private final DemandSupply demandSupply;

	private final SkillsFigures skills;

	private final PublicUrl publicUrl;

	OpenAnalyses(CompetenceTrails trails, CompetenceFramework framework, DemandSupply demandSupply,
			SkillsFigures skills, PublicUrl publicUrl) {
		this.trails = trails;
		this.framework = framework;
		this.demandSupply = demandSupply;
		this.skills = skills;
		this.publicUrl = publicUrl;
	}

	/** Every competence of the latest published framework, with where its trail is. */
	List<CompetenceSummary> competences(@Nullable String area) {
		List<CompetenceSummary> items = new ArrayList<>();
		this.framework.latestPublished().ifPresent((view) -> {
			for (AreaView a : view.areas()) {
				if (area != null && !area.equals(a.code())) {
					continue;
				}
				for (CompetenceView c : a.competences()) {
					items.add(new CompetenceSummary(c.code(), c.title(), a.code(), view.label(), c.digcompCode(),
							c.escoUri(), this.publicUrl.link("/competences/" + c.code()),
							this.publicUrl.link("/api/v1/competences/" + c.code())));
				}
			}
		});
		return items;
	}

	/** A competence's whole trail, its groups narrowed to a country or profession. */
	Optional<TrailItem> trail(String code, @Nullable String country, @Nullable String profession) {
		return this.trails.of(code).map((trail) -> {
			CompetenceView c = trail.competence();
			return new TrailItem(c.code(), c.title(), trail.area().code(), trail.framework().label(), c.digcompCode(),
					c.escoUri(), this.publicUrl.link("/competences/" + c.code()),
					trail.evidence()
						.cases()
						.stream()
						.filter((e) -> country == null || country.equals(e.countryCode()))
						.map((e) -> new TrailCase(e.id(), e.title(), this.publicUrl.link(e.link()), e.countryCode(),
								e.technologies(), e.importance()))
						.toList(),
					counts(trail.casesByTechnology()), counts(trail.casesByCountry()),
					levels(trail, country, profession),
					trail.evidence()
						.training()
						.stream()
						.map((t) -> new TrainingItem(t.kind(), t.title(), absolute(t.link()), figure(t.gain()),
								!t.gain().shown()))
						.toList(),
					trail.evidence()
						.recommendations()
						.stream()
						.map((r) -> new RecommendationItem(r.guideline(), this.publicUrl.link(r.link()), r.text()))
						.toList());
		});
	}

	/**
	 * The levels of every competence's trail (expected, self-assessed, calibration, gap),
	 * one row per profession over all countries and per profession and country.
	 */
	List<LevelItem> levels(@Nullable String country, @Nullable String profession) {
		List<LevelItem> items = new ArrayList<>();
		for (CompetenceSummary c : competences(null)) {
			this.trails.of(c.code()).ifPresent((trail) -> items.addAll(levels(trail, country, profession)));
		}
		return items;
	}

	private List<LevelItem> levels(Trail trail, @Nullable String country, @Nullable String profession) {
		String code = trail.competence().code();
		String area = trail.area().code();
		List<LevelItem> items = new ArrayList<>();
		if (country == null) {
			for (ProfessionGap gap : trail.gaps()) {
				if (profession == null || profession.equals(gap.profession())) {
					items.add(level(code, area, gap.profession(), null, gap.expected(), gap.supply(), gap.gap()));
				}
			}
		}
		for (AssessedGroup group : trail.countryGroups()) {
			if ((country == null || country.equals(group.country()))
					&& (profession == null || profession.equals(group.profession()))) {
				Integer expected = trail.expectedLevels()
					.stream()
					.filter((e) -> e.profession().equals(group.profession()))
					.map((e) -> e.level())
					.findFirst()
					.orElse(null);
				Double gap = (expected == null || !group.medianLevel().shown()) ? null
						: expected - group.medianLevel().value();
				items.add(level(code, area, group.profession(), group.country(), expected, group, gap));
			}
		}
		return items;
	}

	private static LevelItem level(String code, String area, String profession, @Nullable String country,
			@Nullable Integer expected, @Nullable AssessedGroup group, @Nullable Double gap) {
		boolean suppressed = group == null || !group.meanLevel().shown();
		return new LevelItem(code, area, profession, country, expected, suppressed ? null : figure(group.meanLevel()),
				suppressed ? null : figure(group.medianLevel()), suppressed ? null : figure(group.calibration()),
				suppressed ? null : decimal(gap), suppressed ? null : group.meanLevel().people(), suppressed);
	}

	/** The demand-vs-supply grid as its page shows it, cell by cell. */
	List<DemandSupplyItem> demandSupply(DemandSupply.Filter filter, @Nullable String profession) {
		Grid grid = this.demandSupply.grid(filter);
		List<DemandSupplyItem> items = new ArrayList<>();
		for (Row row : grid.rows()) {
			if (profession != null && !profession.equals(row.profession())) {
				continue;
			}
			for (Cell cell : row.cells()) {
				boolean suppressed = !cell.supply().shown();
				DemandSupply.WorkshopDemand named = grid.workshops(cell.profession(), cell.column());
				items.add(new DemandSupplyItem(cell.profession(), grid.drilledDown() ? "competence" : "area",
						cell.column(), grid.column(cell.column()).cases(), decimal(cell.demandText()),
						decimal(cell.supplyText()), decimal(cell.gapText()), suppressed ? null : cell.supply().people(),
						suppressed, (named != null) ? named.findings() : 0, (named != null) ? named.priority() : null,
						(named != null) ? named.sources()
							.stream()
							.map((w) -> new WorkshopSourceItem(w.id(), w.title(), w.organisation(), w.href()))
							.toList() : List.of()));
			}
		}
		return items;
	}

	/** The calibration index of the public skills map's groups. */
	List<CalibrationItem> calibration(MapQuery query, @Nullable String profession) {
		List<CalibrationItem> items = new ArrayList<>();
		for (CalibrationCell cell : this.skills.calibration(query)) {
			if (profession == null || profession.equals(cell.profession())) {
				boolean suppressed = !cell.index().shown();
				items.add(new CalibrationItem(cell.profession(), query.country(), cell.area(), figure(cell.index()),
						suppressed ? null : cell.index().people(), suppressed));
			}
		}
		return items;
	}

	static byte[] levelsCsv(List<LevelItem> items) {
		return CsvWriter.of(List.of(), LEVEL_HEADER,
				items.stream()
					.map((i) -> Arrays.<Object>asList(i.competence(), i.area(), i.profession(), i.countryCode(),
							i.expectedLevel(), i.meanLevel(), i.medianLevel(), i.calibration(), i.gap(), i.people(),
							i.suppressed()))
					.toList());
	}

	static byte[] demandSupplyCsv(List<DemandSupplyItem> items) {
		return CsvWriter.of(List.of(), DEMAND_SUPPLY_HEADER,
				items.stream()
					.map((i) -> Arrays.<Object>asList(i.profession(), i.columnKind(), i.column(), i.cases(), i.demand(),
							i.supply(), i.gap(), i.people(), i.suppressed()))
					.toList());
	}

	static byte[] calibrationCsv(List<CalibrationItem> items) {
		return CsvWriter.of(List.of(), CALIBRATION_HEADER,
				items.stream()
					.map((i) -> Arrays.<Object>asList(i.profession(), i.countryCode(), i.area(), i.index(), i.people(),
							i.suppressed()))
					.toList());
	}

	/** A link of the site made absolute; one to elsewhere as it is. */
	private String absolute(String link) {
		return link.startsWith("https://") || link.startsWith("http://") ? link : this.publicUrl.link(link);
	}

	/** A released figure as every page prints it ({@link Released#formatted()}). */
	private static @Nullable BigDecimal figure(Released released) {
		return released.shown() ? new BigDecimal(released.formatted()) : null;
	}

	/** Two decimals, as the demand-vs-supply grid prints every figure. */
	private static @Nullable BigDecimal decimal(@Nullable Double value) {
		return decimal(DemandSupply.decimal(value));
	}

	private static @Nullable BigDecimal decimal(@Nullable String text) {
		return (text == null) ? null : new BigDecimal(text);
	}

	private static List<CountItem> counts(Map<String, Long> counts) {
		return counts.entrySet().stream().map((e) -> new CountItem(e.getKey(), e.getValue())).toList();
	}

	/** A competence of the published framework and where its trail is. */
	record CompetenceSummary(String code, @Nullable String title, String area, String frameworkLabel,
			@Nullable String digcompCode, @Nullable String escoUri, String url, String trail) {
	}

	/** Everything the observatory holds about one competence, as its page shows it. */
	record TrailItem(String code, @Nullable String title, String area, String frameworkLabel,
			@Nullable String digcompCode, @Nullable String escoUri, String url, List<TrailCase> cases,
			List<CountItem> casesByTechnology, List<CountItem> casesByCountry, List<LevelItem> levels,
			List<TrainingItem> training, List<RecommendationItem> recommendations) {
	}

	/** A published case that needs the competence; importance from 1 to 3. */
	record TrailCase(long id, String title, String url, @Nullable String countryCode, List<String> technologies,
			int importance) {
	}

	record CountItem(String code, long count) {
	}

	/**
	 * A profession's levels of one competence, over all countries ({@code countryCode}
	 * null) or in one: the role profile's expected level and, released, the people's mean
	 * and median self-assessed level, their calibration index in the competence's area,
	 * and the gap (expected minus median).
	 */
	record LevelItem(String competence, String area, String profession, @Nullable String countryCode,
			@Nullable Integer expectedLevel, @Nullable BigDecimal meanLevel, @Nullable BigDecimal medianLevel,
			@Nullable BigDecimal calibration, @Nullable BigDecimal gap, @Nullable Long people, boolean suppressed) {
	}

	/** Training that addresses the competence, with its released pre/post gain. */
	record TrainingItem(String kind, String title, String url, @Nullable BigDecimal gain, boolean gainSuppressed) {
	}

	record RecommendationItem(String guideline, String url, String text) {
	}

	/**
	 * One cell of the demand-vs-supply grid; a suppressed supply has no supply or gap.
	 */
	record DemandSupplyItem(String profession, String columnKind, String column, long cases,
			@Nullable BigDecimal demand, @Nullable BigDecimal supply, @Nullable BigDecimal gap, @Nullable Long people,
			boolean suppressed, int workshopNeeds, @Nullable String workshopPriority,
			List<WorkshopSourceItem> workshops) {
	}

	/**
	 * A needs workshop whose findings add demand to a cell; {@code href} is its public
	 * page.
	 */
	record WorkshopSourceItem(long id, String title, String organisation, String href) {
	}

	/**
	 * A group's calibration index (-1 to 1, self-rating above knowledge when positive).
	 */
	record CalibrationItem(String profession, @Nullable String countryCode, String area, @Nullable BigDecimal index,
			@Nullable Long people, boolean suppressed) {
	}

}
