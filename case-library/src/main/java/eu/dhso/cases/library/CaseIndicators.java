package eu.dhso.cases.library;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import eu.dhso.core.indicator.IndicatorSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case library's lifecycle indicators: published cases per country and how many of
 * them carry a good- or promising-practice label. Cases describe implementations, not
 * people, so nothing here needs suppression.
 */
@Component
class CaseIndicators implements IndicatorSource {

	private final JdbcClient jdbc;

	CaseIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndicatorValue> values(LocalDate periodEnd) {
		Timestamp until = Timestamp.from(periodEnd.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		List<IndicatorValue> values = new ArrayList<>();
		this.jdbc.sql("""
				select country_code, count(*) as published,
				       count(*) filter (where practice_label = 'GOOD_PRACTICE') as good,
				       count(*) filter (where practice_label = 'PROMISING_PRACTICE') as promising
				from cases.published_case where published_at < :until group by country_code
				""").param("until", until).query((rs, row) -> {
			String country = rs.getString("country_code");
			values.add(value("cases.published", country, rs.getLong("published")));
			values.add(value("cases.good-practices", country, rs.getLong("good")));
			values.add(value("cases.promising-practices", country, rs.getLong("promising")));
			return row;
		}).list();
		return values;
	}

	private static IndicatorValue value(String code, String country, long count) {
		return new IndicatorValue(code, country, null, BigDecimal.valueOf(count), count, false);
	}

}
