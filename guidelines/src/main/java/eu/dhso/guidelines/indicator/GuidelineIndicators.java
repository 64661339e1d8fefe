package eu.dhso.guidelines.indicator;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import eu.dhso.core.account.Organisations;
import eu.dhso.core.indicator.IndicatorSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * This module's own lifecycle indicators: guidelines and reports published, and partner
 * organisations of the network per country.
 */
@Component
class GuidelineIndicators implements IndicatorSource {

	private final JdbcClient jdbc;

	private final Organisations organisations;

	GuidelineIndicators(JdbcClient jdbc, Organisations organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndicatorValue> values(LocalDate periodEnd) {
		Timestamp until = Timestamp.from(periodEnd.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		List<IndicatorValue> values = new ArrayList<>();
		long guidelines = this.jdbc.sql("""
				select count(distinct guideline_id) from guidelines.guideline_version where published_at < :until
				""").param("until", until).query(Long.class).single();
		values.add(count("guidelines.published", null, guidelines));
		long reports = this.jdbc.sql("""
				select count(*) from guidelines.report where published_at < :until
				""").param("until", until).query(Long.class).single();
		values.add(count("reports.published", null, reports));
		for (Object[] row : this.organisations.countByCountry()) {
			values.add(count("network.members", (String) row[0], ((Number) row[1]).longValue()));
		}
		return values;
	}

	private static IndicatorValue count(String code, String country, long count) {
		return new IndicatorValue(code, country, null, BigDecimal.valueOf(count), count, false);
	}

}
