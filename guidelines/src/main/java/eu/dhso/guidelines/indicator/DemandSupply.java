package eu.dhso.guidelines.indicator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import eu.dhso.cases.PublishedCase;
import eu.dhso.cases.PublishedCaseCatalogue;
import eu.dhso.core.catalogue.CatalogueSource;
import eu.dhso.core.catalogue.CatalogueSource.CatalogueEntry;
import eu.dhso.core.catalogue.CatalogueSource.CatalogueQuery;
import eu.dhso.core.disclosure.Released;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.skills.SkillsFigures;
import eu.dhso.skills.SkillsFigures.RoleProfileLevels;
import eu.dhso.skills.SupplyLevels;
import eu.dhso.skills.SupplyLevels.SupplyCell;
import eu.dhso.skills.SupplyLevels.SupplyQuery;
import eu.dhso.skills.WorkshopNeeds;
import eu.dhso.skills.WorkshopNeeds.WorkshopNeed;

import org.springframework.stereotype.Service;

/**
 * Demand and supply of competences on one grid: professions × competence areas (or the
 * competences of one area). The method (README, "Demand vs supply"):
 * <ul>
 * <li>a competence's weight is one plus the number of published cases (of the country and
 * care setting chosen) that need it, so competences that practice asks for count more and
 * none counts for nothing;</li>
 * <li>demand of a profession in a column is the weighted mean of the levels its general
 * role profile expects for the column's competences;</li>
 * <li>supply is the median, over the profession's people, of each person's weighted mean
 * self-assessed level over the same competences (skills profile, released through the
 * kernel's disclosure control: groups under its minimum size suppressed);</li>
 * <li>the gap is demand minus supply; positive is a shortfall.</li>
 * <li>needs workshops add demand in their own words: each finding of a published workshop
 * (of the country, care setting and period chosen) counts for every profession that took
 * part and every column holding a competence it points to, named with its workshop.</li>
 * </ul>
 * For a single competence both means reduce to the expected level and the person's own
 * rating, so a competence cell equals the gap on the competence's page.
 */
@Service
public class DemandSupply {

	private static final int PAGE = 500;

	/** How many of the largest gaps the page lists, and trainings per gap. */
	private static final int LARGEST = 10;

	private static final int TRAINING = 3;

	private static final Set<String> TRAINING_KINDS = Set.of("scheme", "module", "resource");

	/** Workshop priorities, highest first. */
	private static final List<String> PRIORITIES = List.of("HIGH", "MEDIUM", "LOW");

	private final PublishedCaseCatalogue cases;

	private final SkillsFigures skills;

	private final SupplyLevels supply;

	private final CompetenceFramework framework;

	private final Taxonomy taxonomy;

	private final List<CatalogueSource> catalogue;

	private final WorkshopNeeds workshops;

	DemandSupply(PublishedCaseCatalogue cases, SkillsFigures skills, SupplyLevels supply, CompetenceFramework framework,
			Taxonomy taxonomy, List<CatalogueSource> catalogue, WorkshopNeeds workshops) {
		this.workshops = workshops;
		this.cases = cases;
		this.skills = skills;
		this.supply = supply;
		this.framework = framework;
		this.taxonomy = taxonomy;
		this.catalogue = catalogue;
	}

	/** The periods the grid may be filtered by, newest first. */
	public List<String> periods() {
		return this.supply.periods();
	}

	public Grid grid(Filter filter) {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Map<String, Long> caseCounts = caseCounts(filter);
		AreaView area = view.areas().stream().filter((a) -> a.code().equals(filter.area())).findFirst().orElse(null);
		List<Column> columns = new ArrayList<>();
		if (area == null) {
			for (AreaView a : view.areas()) {
				Map<String, Double> weights = new LinkedHashMap<>();
				a.competences().forEach((c) -> weights.put(c.code(), 1.0 + caseCounts.getOrDefault(c.code(), 0L)));
				columns.add(new Column(a.code(), a.title(), weights, sum(a.competences(), caseCounts)));
			}
		}
		else {
			for (CompetenceView c : area.competences()) {
				columns
					.add(new Column(c.code(), c.title(), Map.of(c.code(), 1.0), caseCounts.getOrDefault(c.code(), 0L)));
			}
		}
		Map<String, Map<String, Integer>> expected = new HashMap<>();
		for (RoleProfileLevels profile : this.skills.roleProfiles()) {
			expected.put(profile.profession(), profile.expectedLevels());
		}
		Map<String, Map<String, Double>> query = new LinkedHashMap<>();
		columns.forEach((c) -> query.put(c.code(), c.weights()));
		Map<String, Released> medians = new HashMap<>();
		for (SupplyCell cell : this.supply
			.medians(new SupplyQuery(filter.country(), filter.careSetting(), filter.period(), query))) {
			medians.put(cell.profession() + "/" + cell.column(), cell.median());
		}
		List<Row> rows = new ArrayList<>();
		for (Taxonomy.Term profession : this.taxonomy.professions()) {
			Map<String, Integer> levels = expected.getOrDefault(profession.code(), Map.of());
			List<Cell> cells = new ArrayList<>();
			for (Column column : columns) {
				cells.add(new Cell(profession.code(), column.code(), demand(levels, column.weights()),
						medians.getOrDefault(profession.code() + "/" + column.code(), Released.suppressed())));
			}
			rows.add(new Row(profession.code(), cells));
		}
		return new Grid(filter, area, columns, rows, workshopDemand(filter, columns));
	}

	/**
	 * What published needs workshops found, per profession and column, with their
	 * sources.
	 */
	private List<WorkshopDemand> workshopDemand(Filter filter, List<Column> columns) {
		Map<String, List<WorkshopNeed>> byCell = new LinkedHashMap<>();
		for (WorkshopNeed need : this.workshops.published()) {
			if ((filter.country() != null && !filter.country().equals(need.countryCode()))
					|| (filter.careSetting() != null && !filter.careSetting().equals(need.careSetting()))
					|| !inPeriod(need, filter.period())) {
				continue;
			}
			for (Taxonomy.Term profession : this.taxonomy.professions()) {
				if (!need.professions().contains(profession.code())) {
					continue;
				}
				for (Column column : columns) {
					if (need.competences().stream().anyMatch(column.weights()::containsKey)) {
						byCell.computeIfAbsent(profession.code() + "/" + column.code(), (k) -> new ArrayList<>())
							.add(need);
					}
				}
			}
		}
		List<WorkshopDemand> demand = new ArrayList<>();
		byCell.forEach((key, needs) -> {
			String[] cell = key.split("/", 2);
			String priority = needs.stream()
				.map(WorkshopNeed::priority)
				.min(Comparator.comparingInt(PRIORITIES::indexOf))
				.orElseThrow();
			Map<Long, WorkshopSource> sources = new LinkedHashMap<>();
			needs.forEach((n) -> sources.putIfAbsent(n.workshopId(),
					new WorkshopSource(n.workshopId(), n.workshopTitle(), n.organisationName(), n.href())));
			demand.add(new WorkshopDemand(cell[0], cell[1], needs.size(), priority, List.copyOf(sources.values())));
		});
		return demand;
	}

	/** A year ({@code 2026}) or quarter ({@code 2026-Q2}) holds the workshop's date. */
	private static boolean inPeriod(WorkshopNeed need, String period) {
		if (period == null) {
			return true;
		}
		String year = String.valueOf(need.heldOn().getYear());
		String quarter = year + "-Q" + ((need.heldOn().getMonthValue() - 1) / 3 + 1);
		return period.equals(year) || period.equals(quarter);
	}

	/** The largest positive gaps, each with training that addresses its competences. */
	public List<LargestGap> largestGaps(Grid grid) {
		return grid.rows()
			.stream()
			.flatMap((r) -> r.cells().stream())
			.filter((c) -> c.gap() != null && c.gap() > 0)
			.sorted(Comparator.comparing(Cell::gap)
				.reversed()
				.thenComparing(Cell::profession)
				.thenComparing(Cell::column))
			.limit(LARGEST)
			.map((c) -> new LargestGap(c, grid.column(c.column()), training(grid.column(c.column()))))
			.toList();
	}

	private List<CatalogueEntry> training(Column column) {
		CatalogueQuery query = new CatalogueQuery(null, Set.of(), column.weights().keySet(), Set.of(), null, null, null,
				TRAINING);
		return this.catalogue.stream()
			.flatMap((source) -> source.search(query).stream())
			.filter((e) -> TRAINING_KINDS.contains(e.kind()))
			.sorted(Comparator.comparingDouble(CatalogueEntry::rank).reversed().thenComparing(CatalogueEntry::title))
			.limit(TRAINING)
			.toList();
	}

	/** Published cases (of the country and care setting) that need each competence. */
	private Map<String, Long> caseCounts(Filter filter) {
		Map<String, Long> counts = new HashMap<>();
		int offset = 0;
		List<PublishedCase> page;
		do {
			page = this.cases.page(offset, PAGE);
			for (PublishedCase c : page) {
				if ((filter.country() != null && !filter.country().equals(c.countryCode()))
						|| (filter.careSetting() != null && !filter.careSetting().equals(c.careSetting()))) {
					continue;
				}
				c.skills()
					.stream()
					.map(PublishedCase.Skill::competenceCode)
					.filter(Objects::nonNull)
					.distinct()
					.forEach((code) -> counts.merge(code, 1L, Long::sum));
			}
			offset += PAGE;
		}
		while (page.size() == PAGE);
		return counts;
	}

	private static long sum(List<CompetenceView> competences, Map<String, Long> counts) {
		return competences.stream().mapToLong((c) -> counts.getOrDefault(c.code(), 0L)).sum();
	}

	/**
	 * Two decimals with a point, as the page and the CSV print every figure; null when
	 * there is none.
	 */
	public static String decimal(Double value) {
		return (value == null) ? null : String.format(Locale.ROOT, "%.2f", value);
	}

	/** Weighted mean of the expected levels the profile sets; null when it sets none. */
	static Double demand(Map<String, Integer> levels, Map<String, Double> weights) {
		double sum = 0;
		double weight = 0;
		for (Map.Entry<String, Double> w : weights.entrySet()) {
			Integer level = levels.get(w.getKey());
			if (level != null) {
				sum += w.getValue() * level;
				weight += w.getValue();
			}
		}
		return (weight == 0) ? null : sum / weight;
	}

	/**
	 * What the grid shows; null means all. {@code area} drills down to that area's
	 * competences.
	 */
	public record Filter(String country, String careSetting, String period, String area) {
	}

	/**
	 * A column: an area or a competence, its competences' weights, and how many published
	 * cases need them.
	 */
	public record Column(String code, String title, Map<String, Double> weights, long cases) {
	}

	public record Row(String profession, List<Cell> cells) {
	}

	/** One profession and column; supply is released (or suppressed). */
	public record Cell(String profession, String column, Double demand, Released supply) {

		public Double gap() {
			return (this.demand == null || !this.supply.shown()) ? null : this.demand - this.supply.value();
		}

		public String demandText() {
			return decimal(this.demand);
		}

		public String supplyText() {
			return this.supply.shown() ? decimal(this.supply.value()) : null;
		}

		public String gapText() {
			return decimal(gap());
		}

		/** Heat band 0–4 of the gap: the larger the shortfall, the hotter. */
		public int band() {
			Double gap = gap();
			return (gap == null || gap <= 0) ? 0 : Math.max(1, Math.min(4, (int) Math.ceil(gap * 2 - 1e-9)));
		}

	}

	public record Grid(Filter filter, AreaView area, List<Column> columns, List<Row> rows,
			List<WorkshopDemand> workshopDemand) {

		public Column column(String code) {
			return this.columns.stream().filter((c) -> c.code().equals(code)).findFirst().orElseThrow();
		}

		/** The needs workshops found for a profession in a column, or null. */
		public WorkshopDemand workshops(String profession, String column) {
			return this.workshopDemand.stream()
				.filter((w) -> w.profession().equals(profession) && w.column().equals(column))
				.findFirst()
				.orElse(null);
		}

		public boolean drilledDown() {
			return this.area != null;
		}

	}

	/**
	 * Demand named by needs workshops: how many findings point at the column's
	 * competences for the profession, the highest priority among them, and the workshops
	 * they come from.
	 */
	public record WorkshopDemand(String profession, String column, int findings, String priority,
			List<WorkshopSource> sources) {
	}

	/** A workshop a demand figure comes from, and its public page. */
	public record WorkshopSource(long id, String title, String organisation, String href) {
	}

	/** A gap with training for it. */
	public record LargestGap(Cell cell, Column column, List<CatalogueEntry> training) {

		/** Bar length in steps of five per cent of the largest gap listed. */
		public int step(double largest) {
			return (largest <= 0) ? 0 : Math.max(1, (int) Math.round(20 * this.cell.gap() / largest));
		}

	}

}
