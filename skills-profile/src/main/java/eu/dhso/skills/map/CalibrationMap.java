package eu.dhso.skills.map;

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

	private final CalibrationInputs inputs;

	CalibrationMap(JdbcClient jdbc, DataSource dataSource, CompetenceFramework framework,
			DisclosureControl disclosure) {
		// the attempts' sums are streamed (a row per attempt and competence), not held
		// at once
		JdbcTemplate streaming = new JdbcTemplate(dataSource);
		streaming.setFetchSize(10_000);
		this.jdbc = JdbcClient.create(streaming);
		this.framework = framework;
		this.disclosure = disclosure;
		this.inputs = new CalibrationInputs(this.jdbc, framework, disclosure);
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
	 * The table from the attempts kept in memory ({@link CalibrationInputs}), or a null
	 * table when the map's data is still at the generation the kept one was computed in.
	 */
	private Kept read(FrameworkView view, MapFilter filter, Long known) {
		CalibrationInputs.Snapshot inputs = this.inputs.current();
		if (known != null && inputs.generation() == known) {
			return new Kept(known, null);
		}
		long releasedBefore = micros(this.disclosure.releasedBefore());
		long from = (filter.period() != null) ? micros(filter.period().firstMonth().atDay(1)) : Long.MIN_VALUE;
		long to = (filter.period() != null) ? micros(filter.period().lastMonth().plusMonths(1).atDay(1))
				: Long.MAX_VALUE;
		// each respondent's latest attempt that the filter selects
		Map<Long, CalibrationInputs.Attempt> latest = new HashMap<>();
		for (CalibrationInputs.Attempt a : inputs.attempts().values()) {
			if (a.sums() == null || a.version() != view.id() || !a.counts() || a.submitted() >= releasedBefore
					|| a.submitted() < from || a.submitted() >= to
					|| (filter.country() != null && !filter.country().equals(a.country()))
					|| (filter.careSetting() != null && !filter.careSetting().equals(a.careSetting()))) {
				continue;
			}
			latest.merge(a.respondent(), a, CalibrationMap::later);
		}
		List<String> areaCodes = view.areas().stream().map((a) -> a.code()).toList();
		String group = ":" + Objects.requireNonNullElse(filter.country(), "all");
		Map<String, Map<String, CalibrationIndex.Group>> groups = new LinkedHashMap<>();
		latest.values().forEach((person) -> {
			Map<String, CalibrationIndex.Group> columns = groups.computeIfAbsent(person.profession(),
					(p) -> new HashMap<>());
			int[] t = person.sums();
			double sum = 0;
			int areas = 0;
			boolean any = false;
			for (int at = 0; at < Math.min(areaCodes.size(), t.length / 5); at++) {
				int i = at * 5;
				if (t[i + 4] == 0) {
					continue;
				}
				any = true;
				Double index = CalibrationIndex.of((t[i + 1] > 0) ? (double) t[i] / t[i + 1] : null,
						(t[i + 3] > 0) ? (double) t[i + 2] / t[i + 3] : null);
				columns.computeIfAbsent(areaCodes.get(at), (a) -> new CalibrationIndex.Group(this.disclosure))
					.add(person.recordKey(), index);
				if (index != null) {
					sum += index;
					areas++;
				}
			}
			// a person whose latest attempt has no sums at all stands in no column
			if (any) {
				columns.computeIfAbsent(ALL_AREAS, (a) -> new CalibrationIndex.Group(this.disclosure))
					.add(person.recordKey(), (areas > 0) ? sum / areas : null);
			}
		});
		Map<String, Map<String, Released>> released = new HashMap<>();
		groups.forEach((profession, columns) -> columns
			.forEach((area, g) -> released.computeIfAbsent(profession, (p) -> new HashMap<>())
				.put(area, g.release(CalibrationIndex.figure(view.id(), area, profession + group)))));
		List<String> columns = new ArrayList<>(areaCodes);
		columns.add(ALL_AREAS);
		return new Kept(inputs.generation(), new Table(view, filter.country(), columns, released));
	}

	/** The later of two attempts of one respondent: as the database orders them. */
	private static CalibrationInputs.Attempt later(CalibrationInputs.Attempt a, CalibrationInputs.Attempt b) {
		int order = Long.compare(a.submitted(), b.submitted());
		return (order > 0 || (order == 0 && a.id() > b.id())) ? a : b;
	}

	private Key key(MapFilter filter, FrameworkView view) {
		return new Key(view.id(), this.disclosure.releasedBefore(), filter.country(), filter.careSetting(),
				filter.period());
	}

	private record Key(long version, LocalDate releasedBefore, String country, String careSetting, MapPeriod period) {
	}

	private record Kept(long generation, Table table) {
	}

	private static long micros(LocalDate day) {
		return day.atStartOfDay(ZoneOffset.UTC).toEpochSecond() * 1_000_000;
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
