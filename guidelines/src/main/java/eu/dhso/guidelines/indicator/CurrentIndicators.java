package eu.dhso.guidelines.indicator;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import eu.dhso.core.indicator.IndicatorSource;
import eu.dhso.core.indicator.IndicatorSource.IndicatorValue;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The indicators as they stand now, computed on read from every module's
 * {@link IndicatorSource} (which count published data only), so no one has to press
 * "Collect" for a publication to count. Policy indicators are the latest values entered,
 * with their source. Each value carries its definition, phase, population and the time it
 * was computed; small person-based groups are suppressed as everywhere else.
 */
@Service
public class CurrentIndicators {

	private final ObjectProvider<IndicatorSource> sources;

	private final Suppression suppression;

	private final JdbcClient jdbc;

	private final Clock clock = Clock.systemUTC();

	CurrentIndicators(ObjectProvider<IndicatorSource> sources, Suppression suppression, JdbcClient jdbc) {
		this.sources = sources;
		this.suppression = suppression;
		this.jdbc = jdbc;
	}

	/** Every current value, in catalogue order, then by country and breakdown. */
	@Transactional(readOnly = true)
	public List<Current> all() {
		Instant now = this.clock.instant();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		List<Current> values = new ArrayList<>();
		for (IndicatorSource source : this.sources.orderedStream().toList()) {
			for (IndicatorValue value : source.values(today)) {
				boolean suppressed = this.suppression.suppressed(value);
				values.add(new Current(IndicatorCatalogue.of(value.code()), country(value.countryCode()),
						Objects.requireNonNullElse(value.dimension(), ""), suppressed ? null : value.value(),
						suppressed, (suppressed && value.personBased()) ? null : value.basis(), null, now));
			}
		}
		this.jdbc.sql("""
				select distinct on (code, country_code, dimension) code, country_code, dimension, value, suppressed,
				       source, recorded_at
				from guidelines.indicator_value where origin = 'POLICY' and period_end <= :today
				order by code, country_code, dimension, period_end desc
				""").param("today", java.sql.Date.valueOf(today)).query((rs, row) -> {
			values.add(new Current(IndicatorCatalogue.of(rs.getString("code")), rs.getString("country_code"),
					rs.getString("dimension"), rs.getBoolean("suppressed") ? null : rs.getBigDecimal("value"),
					rs.getBoolean("suppressed"), null, rs.getString("source"),
					rs.getTimestamp("recorded_at").toInstant()));
			return row;
		}).list();
		List<IndicatorCatalogue.Entry> order = IndicatorCatalogue.entries();
		values.sort(Comparator.comparing((Current c) -> c.entry().phase())
			.thenComparing((c) -> order.indexOf(c.entry()) < 0 ? order.size() : order.indexOf(c.entry()))
			.thenComparing(Current::code)
			.thenComparing(Current::country)
			.thenComparing(Current::dimension));
		return values;
	}

	private static String country(String code) {
		return (code != null) ? code : "";
	}

	/**
	 * One current value.
	 *
	 * @param country ISO code, or empty for all countries together
	 * @param dimension a breakdown such as a profession, or empty
	 * @param value null when suppressed
	 * @param population how many people or items it rests on (n); null when suppressed or
	 * not counted (policy values)
	 * @param policySource where an entered policy value comes from; null for computed
	 * ones
	 * @param computedAt when it was computed, or entered
	 */
	public record Current(IndicatorCatalogue.Entry entry, String country, String dimension, BigDecimal value,
			boolean suppressed, Long population, String policySource, Instant computedAt) {

		public String code() {
			return this.entry.code();
		}

		public LifecyclePhase phase() {
			return this.entry.phase();
		}

	}

}
