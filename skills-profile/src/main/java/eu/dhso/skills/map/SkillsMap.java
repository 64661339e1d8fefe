package eu.dhso.skills.map;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.dhso.core.disclosure.Contributors;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.disclosure.Released;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Aggregates submitted self-assessments of one published framework version (by default
 * the latest): the mean self-rated level and the mean gap to the profession's general
 * role profile, per profession and competence (signed-in partners and staff) or per
 * profession and area (the public). It reads the pre-aggregated {@code map_summary} and
 * {@code map_respondent} tables, which database triggers keep in step with the answers
 * (migrations V6 and V7). Respondents are distinct verified people (or synthetic demo
 * respondents) of a profession group under the filters; since every submitted attempt
 * rates every competence of its instrument, a cell has as many respondents as its group.
 * Only contributions submitted before {@link DisclosureControl#releasedBefore()} count,
 * and every figure leaves this class through {@link DisclosureControl}: small groups
 * suppressed, means perturbed by the cell-key method, counts rounded.
 * <p>
 * Released cells are kept with the generation of the map's data they were computed in
 * (migrations V12 and V13), which every change of the summary, the respondents or the
 * role profiles moves: a kept map is served only while its generation is current, so
 * never after a change commits, on any node.
 */
@Service
@Transactional(readOnly = true)
public class SkillsMap {

	/** Key sums are kept modulo this, so that they fit a long. */
	private static final String LONG_MAX = "9223372036854775807";

	private final JdbcClient jdbc;

	private final CompetenceFramework framework;

	private final DisclosureControl disclosure;

	private final Cache<Key, Kept> kept = Caffeine.newBuilder()
		.maximumSize(500)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	private final ComputationLocks computing = new ComputationLocks();

	SkillsMap(JdbcClient jdbc, CompetenceFramework framework, DisclosureControl disclosure) {
		this.jdbc = jdbc;
		this.framework = framework;
		this.disclosure = disclosure;
	}

	/** Profession × competence; cells keyed by profession code and competence id. */
	public Heatmap byCompetence(MapFilter filter) {
		FrameworkView view = version(filter);
		return cells(view, filter, false, (competence) -> String.valueOf(competence));
	}

	/** Profession × area; cells keyed by profession code and area code. */
	public Heatmap byArea(MapFilter filter) {
		FrameworkView view = version(filter);
		Map<Long, String> areaOf = new HashMap<>();
		view.areas().forEach((a) -> a.competences().forEach((c) -> areaOf.put(c.id(), a.code())));
		return cells(view, filter, true, areaOf::get);
	}

	/**
	 * The kept cells when the data's generation is still theirs, else computed anew. The
	 * generation is read before the data, so cells are never newer-labelled than what
	 * they were computed from; at worst they are computed once more.
	 */
	private Heatmap cells(FrameworkView view, MapFilter filter, boolean byArea, Function<Long, String> column) {
		Key key = new Key(view.id(), byArea, this.disclosure.releasedBefore(), filter.country(), filter.careSetting(),
				filter.period());
		long generation = this.jdbc.sql("select generation from skills.map_state").query(Long.class).single();
		Kept known = this.kept.getIfPresent(key);
		if (known != null && known.generation() == generation) {
			return new Heatmap(view, known.cells(), generation);
		}
		synchronized (this.computing.of(key)) {
			known = this.kept.getIfPresent(key);
			if (known != null && known.generation() == generation) {
				return new Heatmap(view, known.cells(), generation);
			}
			Map<String, Map<String, Cell>> cells = release(view, tallies(view, filter, column));
			this.kept.put(key, new Kept(generation, cells));
			return new Heatmap(view, cells, generation);
		}
	}

	/** The unperturbed aggregates behind {@link #byCompetence}, for checks only. */
	Map<String, Map<String, Tally>> talliesByCompetence(MapFilter filter) {
		return tallies(version(filter), filter, (competence) -> String.valueOf(competence));
	}

	/** The unperturbed aggregates behind {@link #byArea}, for checks only. */
	Map<String, Map<String, Tally>> talliesByArea(MapFilter filter) {
		FrameworkView view = version(filter);
		Map<Long, String> areaOf = new HashMap<>();
		view.areas().forEach((a) -> a.competences().forEach((c) -> areaOf.put(c.id(), a.code())));
		return tallies(view, filter, areaOf::get);
	}

	private Map<String, Map<String, Tally>> tallies(FrameworkView view, MapFilter filter,
			Function<Long, String> column) {
		Map<String, Contributors> respondents = respondents(view, filter);
		Map<String, Map<String, Tally>> tallies = new HashMap<>();
		for (Sum s : sums(view, filter)) {
			Contributors people = respondents.getOrDefault(s.profession(), Contributors.NONE);
			tallies.computeIfAbsent(s.profession(), (p) -> new HashMap<>())
				.merge(column.apply(s.competence()), Tally.of(people, s), Tally::plus);
		}
		return tallies;
	}

	private Map<String, Map<String, Cell>> release(FrameworkView view, Map<String, Map<String, Tally>> tallies) {
		Map<String, Map<String, Cell>> cells = new HashMap<>();
		tallies.forEach((profession, columns) -> columns
			.forEach((column, tally) -> cells.computeIfAbsent(profession, (p) -> new HashMap<>())
				.put(column, release("skills-map:" + view.id() + ":" + profession + ":" + column, tally))));
		// kept and shared between requests
		cells.replaceAll((profession, columns) -> Collections.unmodifiableMap(columns));
		return Collections.unmodifiableMap(cells);
	}

	/**
	 * Mean level over all answers of the group; mean gap over the competences the role
	 * profile sets a level for, as the published mean expected level minus a released
	 * mean level, so the gap carries the same noise as the level it is computed from. The
	 * figure's name leaves the filters out: the same people give the same figure whatever
	 * filters select them, so asking again in other words averages no noise away.
	 */
	private Cell release(String figure, Tally tally) {
		Contributors people = new Contributors(tally.people(), tally.keySum());
		Released level = this.disclosure.mean(figure, people, tally.levels(), tally.answers(), 1, 4);
		if (level.isSuppressed() || tally.gapAnswers() == 0) {
			return Cell.of(level, null);
		}
		double expected = (double) tally.gapExpected() / tally.gapAnswers();
		Released gapLevel = (tally.gapAnswers() == tally.answers()) ? level
				: this.disclosure.mean(figure + ":profiled", people, tally.gapLevels(), tally.gapAnswers(), 1, 4);
		return Cell.of(level, expected - gapLevel.value());
	}

	/** Recomputes the summary from the answers; the triggers make this a repair only. */
	@Transactional
	public void rebuildSummary() {
		this.jdbc.sql("select skills.map_rebuild()").query((rs, row) -> row).list();
	}

	/**
	 * The version the filter names, if published, else the latest published one.
	 * @throws java.util.NoSuchElementException for an unknown or unpublished version
	 */
	private FrameworkView version(MapFilter filter) {
		if (filter.frameworkVersion() == null) {
			return this.framework.latestPublished().orElseThrow();
		}
		return this.framework.version(filter.frameworkVersion()).filter((v) -> v.publishedAt() != null).orElseThrow();
	}

	private List<Sum> sums(FrameworkView view, MapFilter filter) {
		Map<String, Object> params = new HashMap<>();
		StringBuilder where = new StringBuilder("s.framework_version_id = :version");
		params.put("version", view.id());
		where.append(dimension("s.country_code", "country", filter.country(), params));
		where.append(dimension("s.care_setting_code", "careSetting", filter.careSetting(), params));
		// The month rows, never the all-months roll-up: the release boundary cuts the
		// latest month off.
		where.append(" and s.month is not null").append(period("s.month", filter, params));
		String sql = """
				with sums as (
				    select s.profession_code, s.competence_id, sum(s.answers) as answers, sum(s.level_sum) as levels
				    from skills.map_summary s where %s
				    group by s.profession_code, s.competence_id having sum(s.answers) > 0)
				select sums.profession_code, sums.competence_id, sums.answers, sums.levels, el.level as expected
				from sums
				left join skills.role_profile rp on rp.framework_version_id = :version
				     and rp.profession_code = sums.profession_code and rp.care_setting_code is null
				left join skills.expected_level el on el.role_profile_id = rp.id
				     and el.competence_id = sums.competence_id""".formatted(where);
		return this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> new Sum(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
					(Integer) rs.getObject(5)))
			.list();
	}

	/**
	 * Distinct people per profession under the same filters, with the sum of their record
	 * keys (computed in SQL with the kernel's seed) for the cell-key perturbation.
	 */
	private Map<String, Contributors> respondents(FrameworkView view, MapFilter filter) {
		Map<String, Object> params = new HashMap<>();
		params.put("version", view.id());
		params.put("seed", this.disclosure.seed());
		String sql = "select profession_code, count(*), coalesce(sum(hashtextextended(respondent::text, :seed)) % "
				+ LONG_MAX + ", 0)::bigint from (select distinct r.profession_code, r.respondent"
				+ " from skills.map_respondent r where r.framework_version_id = :version"
				+ dimension("r.country_code", "country", filter.country(), params)
				+ dimension("r.care_setting_code", "careSetting", filter.careSetting(), params)
				+ period("r.month", filter, params) + ") people group by profession_code";
		Map<String, Contributors> respondents = new HashMap<>();
		this.jdbc.sql(sql)
			.params(params)
			.query((rs, row) -> respondents.put(rs.getString(1), new Contributors(rs.getLong(2), rs.getLong(3))))
			.list();
		return respondents;
	}

	/** In the summary a null dimension means "all", so no filter reads the null rows. */
	private static String dimension(String column, String name, String value, Map<String, Object> params) {
		if (value == null) {
			return column.startsWith("s.") ? " and " + column + " is null" : "";
		}
		params.put(name, value);
		return " and " + column + " = :" + name;
	}

	/**
	 * The filter's fixed window, and in any case nothing from the release boundary on.
	 */
	private String period(String column, MapFilter filter, Map<String, Object> params) {
		StringBuilder sql = new StringBuilder(" and ").append(column).append(" < :releasedBefore");
		params.put("releasedBefore", this.disclosure.releasedBefore().withDayOfMonth(1));
		if (filter.period() != null) {
			sql.append(" and ").append(column).append(" between :from and :to");
			params.put("from", filter.period().firstMonth().atDay(1));
			params.put("to", filter.period().lastMonth().atDay(1));
		}
		return sql.toString();
	}

	private record Sum(String profession, long competence, long answers, long levels, Integer expected) {
	}

	private record Key(long version, boolean byArea, LocalDate releasedBefore, String country, String careSetting,
			MapPeriod period) {
	}

	private record Kept(long generation, Map<String, Map<String, Cell>> cells) {
	}

	/**
	 * One group before release: its people and their key sum, its answers, the sum of
	 * their levels, and for the answers whose competence the role profile sets a level
	 * for their number, level sum and expected-level sum.
	 */
	record Tally(long people, long keySum, long answers, long levels, long gapAnswers, long gapLevels,
			long gapExpected) {

		static Tally of(Contributors people, Sum sum) {
			boolean profiled = sum.expected() != null;
			return new Tally(people.people(), people.keySum(), sum.answers(), sum.levels(),
					profiled ? sum.answers() : 0, profiled ? sum.levels() : 0,
					profiled ? (long) sum.expected() * sum.answers() : 0);
		}

		/** The same people's tally over one more competence. */
		Tally plus(Tally other) {
			return new Tally(this.people, this.keySum, this.answers + other.answers, this.levels + other.levels,
					this.gapAnswers + other.gapAnswers, this.gapLevels + other.gapLevels,
					this.gapExpected + other.gapExpected);
		}

		Double meanLevel() {
			return (this.answers > 0) ? (double) this.levels / this.answers : null;
		}

		Double meanGap() {
			return (this.gapAnswers > 0) ? (double) (this.gapExpected - this.gapLevels) / this.gapAnswers : null;
		}

	}

	/**
	 * Released cells, with the generation of the map's data they stand for (a figure
	 * beside them read at the same generation belongs with them).
	 */
	public record Heatmap(FrameworkView framework, Map<String, Map<String, Cell>> cells, long generation) {

		/**
		 * Equal figures are equal whatever generation they were read at: the rendered
		 * tables are kept by their figures, and a change elsewhere in the data must not
		 * render them again.
		 */
		@Override
		public boolean equals(Object other) {
			return other instanceof Heatmap that && this.framework.equals(that.framework)
					&& this.cells.equals(that.cells);
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.framework, this.cells);
		}

		/**
		 * The cell of a profession and a column; a group nobody answered for is
		 * suppressed too.
		 */
		public Cell cell(String profession, Object column) {
			return this.cells.getOrDefault(profession, Map.of()).getOrDefault(String.valueOf(column), Cell.SUPPRESSED);
		}

		/** Rows for export, in framework order: one per profession and competence. */
		public List<Row> competenceRows(List<String> professions) {
			List<Row> rows = new ArrayList<>();
			for (String profession : professions) {
				this.framework.areas()
					.forEach((area) -> area.competences()
						.forEach(
								(c) -> rows.add(new Row(profession, area.code(), c.code(), cell(profession, c.id())))));
			}
			return rows;
		}

	}

	public record Row(String profession, String area, String competence, Cell cell) {
	}

}
