package eu.dhso.skills.map;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.sql.DataSource;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.disclosure.Released;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calibration index ({@link CalibrationIndex}) per profession and area, and over all
 * areas (a person's mean over the areas where they have an index), for the people the
 * map's filter selects: each counted person once, with their latest attempt submitted
 * before the release boundary and within the period.
 */
@Service
public class CalibrationMap {

	/** The column of a person's index over every area. */
	public static final String ALL_AREAS = "ALL";

	private final JdbcClient jdbc;

	private final CompetenceFramework framework;

	private final DisclosureControl disclosure;

	/**
	 * Tables computed from every counted answer, each with the generation of the map's
	 * data it was computed in (migration V12), so one is never served after a change
	 * commits, on any node.
	 */
	private final Cache<Key, Kept> tables = Caffeine.newBuilder()
		.maximumSize(500)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	private final ComputationLocks computing = new ComputationLocks();

	CalibrationMap(JdbcClient jdbc, DataSource dataSource, CompetenceFramework framework,
			DisclosureControl disclosure) {
		// the tallies are streamed (a row per respondent and competence), not held at
		// once
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		streaming.setFetchSize(10_000);
		this.jdbc = JdbcClient.create(streaming);
		this.framework = framework;
		this.disclosure = disclosure;
	}

	@Transactional(readOnly = true)
	public Table table(MapFilter filter) {
		return table(filter,
				(filter.frameworkVersion() == null) ? this.framework.latestPublished().orElseThrow()
						: this.framework.version(filter.frameworkVersion())
							.filter((v) -> v.publishedAt() != null)
							.orElseThrow());
	}

	/**
	 * The table kept for the heatmap beside it, if it was computed at the generation of
	 * the map's data that heatmap was read at: then the page reads the generation once,
	 * not twice. No statement and no transaction.
	 */
	public Optional<Table> keptFor(MapFilter filter, SkillsMap.Heatmap heatmap) {
		Kept known = this.tables.getIfPresent(key(filter, heatmap.framework()));
		return (known != null && known.generation() == heatmap.generation()) ? Optional.of(known.table())
				: Optional.empty();
	}

	/**
	 * The table for the framework version a page already resolved the filter to (the
	 * heatmap beside it did), without reading the latest version again.
	 */
	@Transactional(readOnly = true)
	public Table table(MapFilter filter, FrameworkView view) {
		Key key = key(filter, view);
		// Only a computation waits for another: the check that the kept table still holds
		// takes no lock, or every visitor of the map queued behind one database round
		// trip.
		Kept known = this.tables.getIfPresent(key);
		if (known != null && known
			.generation() == this.jdbc.sql("select generation from skills.map_state").query(Long.class).single()) {
			return known.table();
		}
		synchronized (this.computing.of(key)) {
			Kept kept = this.tables.getIfPresent(key);
			Kept current = read(view, filter, (kept != null) ? kept.generation() : null);
			if (current.table() == null) {
				return kept.table();
			}
			this.tables.put(key, current);
			return current.table();
		}
	}

	/**
	 * One statement: the generation of the map's data, and the answers' tallies only when
	 * it is not the generation the kept table was computed in (a table is null then).
	 */
	private Kept read(FrameworkView view, MapFilter filter, Long known) {
		List<String> areaCodes = new ArrayList<>();
		Map<Long, Integer> areaAt = new HashMap<>();
		view.areas().forEach((a) -> {
			a.competences().forEach((c) -> areaAt.put(c.id(), areaCodes.size()));
			areaCodes.add(a.code());
		});
		Map<Long, Person> people = new HashMap<>();
		Map<String, Object> params = new HashMap<>();
		params.put("version", view.id());
		params.put("known", (known != null) ? known : -1L);
		params.put("releasedBefore", instant(this.disclosure.releasedBefore()));
		long[] generation = new long[1];
		StringBuilder where = new StringBuilder();
		if (filter.country() != null) {
			where.append(" and a.country_code = :country");
			params.put("country", filter.country());
		}
		if (filter.careSetting() != null) {
			where.append(" and a.care_setting_code = :careSetting");
			params.put("careSetting", filter.careSetting());
		}
		if (filter.period() != null) {
			where.append(" and a.submitted_at >= :from and a.submitted_at < :to");
			params.put("from", instant(filter.period().firstMonth().atDay(1)));
			params.put("to", instant(filter.period().lastMonth().plusMonths(1).atDay(1)));
		}
		// each latest attempt's sums per competence, kept as its answers were written
		// (migration V14): a row per respondent and competence, not per answer
		this.jdbc.sql("""
				with state as (select generation from skills.map_state),
				latest as (
				    select distinct on (coalesce(a.account_id, -a.id)) coalesce(a.account_id, -a.id) as respondent,
				           a.id, a.profession_code
				    from skills.assessment a join skills.instrument i on i.id = a.instrument_id
				    where i.framework_version_id = :version and a.status = 'SUBMITTED' and (a.synthetic or a.counted)
				      and a.submitted_at < :releasedBefore %s
				      and (select generation from state) <> :known
				    order by coalesce(a.account_id, -a.id), a.submitted_at desc, a.id desc)
				, tallies as (
				select l.respondent, l.profession_code, t.competence_id,
				       t.self_levels, t.self_ratings, t.knowledge_right, t.knowledge_items
				from latest l join skills.calibration_tally t on t.assessment_id = l.id)
				select s.generation, t.* from state s left join tallies t on true""".formatted(where))
			.params(params)
			.query((rs) -> {
				generation[0] = rs.getLong(1);
				// the one row without tallies when the kept table still holds
				long respondent = rs.getLong(2);
				Integer at = rs.wasNull() ? null : areaAt.get(rs.getLong(4));
				if (at == null) {
					return;
				}
				Person person = people.get(respondent);
				if (person == null) {
					person = new Person(rs.getString(3), new int[areaCodes.size() * 5]);
					people.put(respondent, person);
				}
				int[] t = person.tallies();
				t[at * 5] += rs.getInt(5);
				t[at * 5 + 1] += rs.getInt(6);
				t[at * 5 + 2] += rs.getInt(7);
				t[at * 5 + 3] += rs.getInt(8);
				t[at * 5 + 4] = 1;
			});
		if (known != null && generation[0] == known) {
			return new Kept(known, null);
		}
		String group = ":" + Objects.requireNonNullElse(filter.country(), "all");
		Map<String, Map<String, CalibrationIndex.Group>> groups = new LinkedHashMap<>();
		Map<Long, Long> keys = new HashMap<>();
		people.forEach((respondent, person) -> {
			Map<String, CalibrationIndex.Group> columns = groups.computeIfAbsent(person.profession(),
					(p) -> new HashMap<>());
			int[] t = person.tallies();
			double sum = 0;
			int areas = 0;
			for (int at = 0; at < areaCodes.size(); at++) {
				int i = at * 5;
				if (t[i + 4] == 0) {
					continue;
				}
				Double index = CalibrationIndex.of((t[i + 1] > 0) ? (double) t[i] / t[i + 1] : null,
						(t[i + 3] > 0) ? (double) t[i + 2] / t[i + 3] : null);
				columns.computeIfAbsent(areaCodes.get(at), (a) -> new CalibrationIndex.Group(this.disclosure, keys))
					.add(respondent, index);
				if (index != null) {
					sum += index;
					areas++;
				}
			}
			columns.computeIfAbsent(ALL_AREAS, (a) -> new CalibrationIndex.Group(this.disclosure, keys))
				.add(respondent, (areas > 0) ? sum / areas : null);
		});
		Map<String, Map<String, Released>> released = new HashMap<>();
		groups.forEach((profession, columns) -> columns
			.forEach((area, g) -> released.computeIfAbsent(profession, (p) -> new HashMap<>())
				.put(area, g.release(CalibrationIndex.figure(view.id(), area, profession + group)))));
		List<String> columns = new ArrayList<>(areaCodes);
		columns.add(ALL_AREAS);
		return new Kept(generation[0], new Table(view, filter.country(), columns, released));
	}

	private Key key(MapFilter filter, FrameworkView view) {
		return new Key(view.id(), this.disclosure.releasedBefore(), filter.country(), filter.careSetting(),
				filter.period());
	}

	private record Key(long version, LocalDate releasedBefore, String country, String careSetting, MapPeriod period) {
	}

	private record Kept(long generation, Table table) {
	}

	/**
	 * A respondent's profession and, per area of the view, their sums: self-rated levels,
	 * self-ratings, knowledge items right, knowledge items, and whether the area had any.
	 */
	private record Person(String profession, int[] tallies) {
	}

	private static Timestamp instant(LocalDate day) {
		return Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
	}

	/**
	 * Released indices by profession and column (an area code or {@link #ALL_AREAS}).
	 */
	public record Table(FrameworkView framework, String country, List<String> columns,
			Map<String, Map<String, Released>> values) {

		public Released value(String profession, String column) {
			return this.values.getOrDefault(profession, Map.of()).getOrDefault(column, Released.suppressed());
		}

		/**
		 * Bar of a diverging chart: 0 to 10 steps of a tenth of the scale's half, on the
		 * side of the sign.
		 */
		public int step(String profession) {
			Released v = value(profession, ALL_AREAS);
			return v.shown() ? (int) Math.min(10, Math.round(Math.abs(v.value()) * 20)) : 0;
		}

		public boolean over(String profession) {
			Released v = value(profession, ALL_AREAS);
			return v.shown() && v.value() > 0;
		}

	}

}
