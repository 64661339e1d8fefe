package eu.dhso.skills.agents;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import eu.dhso.core.directory.OrganisationDirectory;
import eu.dhso.core.indicator.IndicatorSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Change agents in the observatory's indicators, per country of their organisation:
 * agents active at the period's end, the activities they ran and the colleagues those
 * reached. Agents appear by name on the public roster with their consent, and the
 * activities describe no one, so these figures need no suppression.
 */
@Component
class ChangeAgentIndicators implements IndicatorSource {

	private final JdbcClient jdbc;

	private final OrganisationDirectory organisations;

	ChangeAgentIndicators(JdbcClient jdbc, OrganisationDirectory organisations) {
		this.jdbc = jdbc;
		this.organisations = organisations;
	}

	private java.util.Optional<String> country(long organisationId) {
		return this.organisations.byId(organisationId).map((o) -> o.countryCode()).filter((c) -> c != null);
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndicatorValue> values(LocalDate periodEnd) {
		Timestamp until = Timestamp.from(periodEnd.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		// organisations are the kernel's: counted here per organisation, summed per
		// country
		Map<String, long[]> agents = new TreeMap<>();
		this.jdbc.sql("""
				select a.organisation_id, count(*) from skills.change_agent a
				where a.status = 'ACTIVE' and a.decided_at < :until
				group by a.organisation_id""")
			.param("until", until)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.list()
			.forEach((r) -> country(r[0]).ifPresent((c) -> agents.computeIfAbsent(c, (k) -> new long[1])[0] += r[1]));
		Map<String, long[]> activities = new TreeMap<>();
		this.jdbc.sql("""
				select a.organisation_id, count(*), coalesce(sum(x.people_reached), 0)
				from skills.change_agent_activity x
				join skills.change_agent a on a.id = x.agent_id
				where x.activity_date <= :end
				group by a.organisation_id""")
			.param("end", periodEnd)
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3) })
			.list()
			.forEach((r) -> country(r[0]).ifPresent((c) -> {
				long[] sums = activities.computeIfAbsent(c, (k) -> new long[2]);
				sums[0] += r[1];
				sums[1] += r[2];
			}));
		List<IndicatorValue> values = new ArrayList<>();
		agents.forEach((country, n) -> values
			.add(new IndicatorValue("skills.change-agents", country, null, BigDecimal.valueOf(n[0]), n[0], false)));
		activities.forEach((country, n) -> {
			values.add(new IndicatorValue("skills.change-agent-activities", country, null, BigDecimal.valueOf(n[0]),
					n[0], false));
			values.add(new IndicatorValue("skills.change-agent-reach", country, null, BigDecimal.valueOf(n[1]), n[0],
					false));
		});
		return values;
	}

}
