package eu.dhso.guidelines.indicator;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import eu.dhso.core.directory.OrganisationDirectory;
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

	private final OrganisationDirectory organisations;

	GuidelineIndicators(JdbcClient jdbc, OrganisationDirectory organisations) {
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
		this.jdbc.sql("""
				select country_code, count(*) from guidelines.member
				where status = 'APPROVED' and decided_at < :until group by country_code
				""")
			.param("until", until)
			.query((rs, row) -> values.add(count("network.approved-members", rs.getString(1), rs.getLong(2))))
			.list();
		this.jdbc.sql("""
				select coalesce(e.country_code, ''), count(distinct e.id),
				       count(r.id) filter (where r.attended) from guidelines.event e
				left join guidelines.registration r on r.event_id = e.id
				where e.ends_at < :until group by coalesce(e.country_code, '')
				""").param("until", until).query((rs, row) -> {
			String country = rs.getString(1).isEmpty() ? null : rs.getString(1);
			values.add(count("events.held", country, rs.getLong(2)));
			long attendees = rs.getLong(3);
			values.add(new IndicatorValue("events.attendees", country, null, BigDecimal.valueOf(attendees), attendees,
					true));
			return row;
		}).list();
		this.organisations.countByCountry()
			.forEach((country, members) -> values.add(count("network.members", country, members)));
		return values;
	}

	private static IndicatorValue count(String code, String country, long count) {
		return new IndicatorValue(code, country, null, BigDecimal.valueOf(count), count, false);
	}

}
