package eu.dhso.guidelines.indicator;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import eu.dhso.core.indicator.IndicatorSource;
import eu.dhso.core.indicator.IndicatorSource.IndicatorValue;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The observatory's time series: computed values collected from every module's
 * {@link IndicatorSource} per period, and policy values administrators enter with their
 * source. Person-based values resting on fewer people than the kernel's minimum group
 * size are stored without their figure, so nothing downstream can leak them.
 */
@Service
public class IndicatorSeries {

	public static final String COMPUTED = "COMPUTED";

	public static final String POLICY = "POLICY";

	private final JdbcClient jdbc;

	private final ObjectProvider<IndicatorSource> sources;

	private final Suppression suppression;

	IndicatorSeries(JdbcClient jdbc, ObjectProvider<IndicatorSource> sources, Suppression suppression) {
		this.jdbc = jdbc;
		this.sources = sources;
		this.suppression = suppression;
	}

	/** Snapshots every source's values for the period; returns how many were stored. */
	@Transactional
	public int collect(LocalDate periodEnd) {
		int stored = 0;
		for (IndicatorSource source : this.sources.orderedStream().toList()) {
			for (IndicatorValue value : source.values(periodEnd)) {
				store(periodEnd, value, COMPUTED, null);
				stored++;
			}
		}
		return stored;
	}

	@Transactional
	public void store(LocalDate periodEnd, IndicatorValue value, String origin, String source) {
		boolean suppressed = this.suppression.suppressed(value);
		this.jdbc.sql("""
				insert into guidelines.indicator_value (period_end, code, country_code, dimension, value, basis,
				    person_based, suppressed, origin, source)
				values (:period, :code, :country, :dimension, :value, :basis, :personBased, :suppressed, :origin,
				    :source)
				on conflict (period_end, code, country_code, dimension) do update set value = excluded.value,
				    basis = excluded.basis, person_based = excluded.person_based, suppressed = excluded.suppressed,
				    origin = excluded.origin, source = excluded.source, recorded_at = now()
				""")
			.param("period", Date.valueOf(periodEnd))
			.param("code", value.code())
			.param("country", Objects.requireNonNullElse(value.countryCode(), ""))
			.param("dimension", Objects.requireNonNullElse(value.dimension(), ""))
			.param("value", suppressed ? null : value.value())
			// the basis of a suppressed group would itself tell how few people it holds
			.param("basis", suppressed && value.personBased() ? 0 : value.basis())
			.param("personBased", value.personBased())
			.param("suppressed", suppressed)
			.param("origin", origin)
			.param("source", source)
			.update();
	}

	/** All values of an indicator at its latest period, by country and breakdown. */
	@Transactional(readOnly = true)
	public Optional<Table> latest(String code, String country) {
		List<Point> points = this.jdbc.sql("""
				select period_end, country_code, dimension, value, suppressed, source from guidelines.indicator_value
				where code = :code and (:country = '' or country_code = :country) and period_end = (
				    select max(period_end) from guidelines.indicator_value
				    where code = :code and (:country = '' or country_code = :country))
				order by country_code, dimension
				""")
			.param("code", code)
			.param("country", Objects.requireNonNullElse(country, ""))
			.query((rs, row) -> new Point(rs.getDate("period_end").toLocalDate(), rs.getString("country_code"),
					rs.getString("dimension"), rs.getBigDecimal("value"), rs.getBoolean("suppressed"),
					rs.getString("source")))
			.list();
		return points.isEmpty() ? Optional.empty() : Optional.of(new Table(code, points.get(0).periodEnd(), points));
	}

	/**
	 * The all-countries value of an indicator (no breakdown) at a period, or at its
	 * latest period when {@code periodEnd} is null.
	 */
	@Transactional(readOnly = true)
	public Optional<Point> total(String code, LocalDate periodEnd) {
		return this.jdbc.sql("""
				select period_end, country_code, dimension, value, suppressed, source from guidelines.indicator_value
				where code = :code and country_code = '' and dimension = ''
				    and (cast(:period as date) is null or period_end = cast(:period as date))
				order by period_end desc limit 1
				""")
			.param("code", code)
			.param("period", periodEnd)
			.query((rs, row) -> new Point(rs.getDate("period_end").toLocalDate(), rs.getString("country_code"),
					rs.getString("dimension"), rs.getBigDecimal("value"), rs.getBoolean("suppressed"),
					rs.getString("source"), code))
			.optional();
	}

	/** The values of one indicator at one period, as stored, by country and breakdown. */
	@Transactional(readOnly = true)
	public List<Point> at(String code, LocalDate periodEnd) {
		return this.jdbc.sql("""
				select period_end, country_code, dimension, value, suppressed, source from guidelines.indicator_value
				where code = :code and period_end = :period order by country_code, dimension
				""")
			.param("code", code)
			.param("period", periodEnd)
			.query((rs, row) -> new Point(rs.getDate("period_end").toLocalDate(), rs.getString("country_code"),
					rs.getString("dimension"), rs.getBigDecimal("value"), rs.getBoolean("suppressed"),
					rs.getString("source")))
			.list();
	}

	/** One country's series of an indicator (no breakdown), oldest first. */
	@Transactional(readOnly = true)
	public List<Point> series(String code, String country) {
		return this.jdbc.sql("""
				select period_end, country_code, dimension, value, suppressed, source from guidelines.indicator_value
				where code = :code and country_code = :country and dimension = '' order by period_end
				""")
			.param("code", code)
			.param("country", Objects.requireNonNullElse(country, ""))
			.query((rs, row) -> new Point(rs.getDate("period_end").toLocalDate(), rs.getString("country_code"),
					rs.getString("dimension"), rs.getBigDecimal("value"), rs.getBoolean("suppressed"),
					rs.getString("source")))
			.list();
	}

	/** Every indicator code on record, computed ones first. */
	@Transactional(readOnly = true)
	public List<String> codes() {
		return this.jdbc.sql("""
				select code from guidelines.indicator_value group by code
				order by bool_or(origin = 'POLICY'), code
				""").query(String.class).list();
	}

	/**
	 * Page of stored values for open data, newest period first; never the basis of a
	 * suppressed value.
	 */
	@Transactional(readOnly = true)
	public List<Point> page(int page, int size) {
		return page(Filter.NONE, page, size);
	}

	/** A page of the stored values that pass the filter, newest period first. */
	@Transactional(readOnly = true)
	public List<Point> page(Filter filter, int page, int size) {
		return filter.apply(this.jdbc.sql("""
				select period_end, code, country_code, dimension, value, suppressed, source
				from guidelines.indicator_value
				where (:country = '-' or country_code = :country) and (:code = '' or code = :code)
				  and period_end between :from and :to
				order by period_end desc, code, country_code, dimension
				limit :size offset :offset
				"""))
			.param("size", size)
			.param("offset", (long) page * size)
			.query((rs, row) -> new Point(rs.getDate("period_end").toLocalDate(), rs.getString("country_code"),
					rs.getString("dimension"), rs.getBigDecimal("value"), rs.getBoolean("suppressed"),
					rs.getString("source"), rs.getString("code")))
			.list();
	}

	@Transactional(readOnly = true)
	public long count() {
		return count(Filter.NONE);
	}

	@Transactional(readOnly = true)
	public long count(Filter filter) {
		return filter.apply(this.jdbc.sql("""
				select count(*) from guidelines.indicator_value
				where (:country = '-' or country_code = :country) and (:code = '' or code = :code)
				  and period_end between :from and :to
				""")).query(Long.class).single();
	}

	/**
	 * Which stored values open data asks for: a country ({@code ""} for the values of all
	 * countries together, null for any), an indicator code, and a range of period ends.
	 */
	public record Filter(String country, String code, LocalDate from, LocalDate to) {

		public static final Filter NONE = new Filter(null, null, null, null);

		JdbcClient.StatementSpec apply(JdbcClient.StatementSpec sql) {
			return sql.param("country", (this.country != null) ? this.country : "-")
				.param("code", Objects.requireNonNullElse(this.code, ""))
				.param("from", Date.valueOf(Objects.requireNonNullElse(this.from, LocalDate.of(1900, 1, 1))))
				.param("to", Date.valueOf(Objects.requireNonNullElse(this.to, LocalDate.of(9999, 12, 31))));
		}

	}

	@Transactional(readOnly = true)
	public Map<LifecyclePhase, Maturity> maturity(String country) {
		Map<LifecyclePhase, Maturity> levels = new EnumMap<>(LifecyclePhase.class);
		this.jdbc.sql("""
				select phase, level, set_by, note, updated_at from guidelines.lifecycle_maturity
				where country_code = :country
				""")
			.param("country", country)
			.query((rs, row) -> levels.put(LifecyclePhase.valueOf(rs.getString("phase")),
					new Maturity(rs.getInt("level"), rs.getString("set_by"), rs.getString("note"),
							rs.getTimestamp("updated_at").toInstant())))
			.list();
		return levels;
	}

	/** Every country's maturity, phase by phase, countries in order. */
	@Transactional(readOnly = true)
	public Map<LifecyclePhase, Map<String, Maturity>> maturities() {
		Map<LifecyclePhase, Map<String, Maturity>> phases = new EnumMap<>(LifecyclePhase.class);
		for (LifecyclePhase phase : LifecyclePhase.values()) {
			phases.put(phase, new java.util.TreeMap<>());
		}
		this.jdbc.sql("select country_code, phase, level, set_by, note, updated_at from guidelines.lifecycle_maturity")
			.query((rs, row) -> phases.get(LifecyclePhase.valueOf(rs.getString("phase")))
				.put(rs.getString("country_code"),
						new Maturity(rs.getInt("level"), rs.getString("set_by"), rs.getString("note"),
								rs.getTimestamp("updated_at").toInstant())))
			.list();
		return phases;
	}

	/**
	 * A phase's maturity, 1 to 5, with who set it, on what evidence and when: archived
	 * expert scores, no longer entered (the lifecycle page derives states from records).
	 */
	public record Maturity(int level, String setBy, String evidence, java.time.Instant setAt) {
	}

	/** Countries with any value on record. */
	@Transactional(readOnly = true)
	public List<String> countries() {
		return this.jdbc.sql("""
				select distinct country_code from guidelines.indicator_value where country_code <> ''
				union select distinct country_code from guidelines.lifecycle_maturity order by 1
				""").query(String.class).list();
	}

	/** A stored value; {@code value} is null when suppressed. */
	public record Point(LocalDate periodEnd, String country, String dimension, BigDecimal value, boolean suppressed,
			String source, String code) {

		Point(LocalDate periodEnd, String country, String dimension, BigDecimal value, boolean suppressed,
				String source) {
			this(periodEnd, country, dimension, value, suppressed, source, null);
		}

	}

	/** The values of one indicator at one period, ready to embed in a report. */
	public record Table(String code, LocalDate periodEnd, List<Point> points) {

		/** Bar widths in steps of five per cent of the largest value, for CSS classes. */
		public int barStep(Point point) {
			BigDecimal max = this.points.stream()
				.map(Point::value)
				.filter(Objects::nonNull)
				.max(BigDecimal::compareTo)
				.orElse(BigDecimal.ZERO);
			if (point.value() == null || max.signum() <= 0 || point.value().signum() <= 0) {
				return 0;
			}
			return Math.max(1,
					point.value()
						.multiply(BigDecimal.valueOf(20))
						.divide(max, 0, java.math.RoundingMode.HALF_UP)
						.intValue());
		}

		public List<Point> rows() {
			return new ArrayList<>(this.points);
		}

	}

}
