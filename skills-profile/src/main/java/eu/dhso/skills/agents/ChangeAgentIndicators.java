package eu.dhso.skills.agents;

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
 * Change agents in the observatory's indicators, per country of their organisation:
 * agents active at the period's end, the activities they ran and the colleagues those
 * reached. Agents appear by name on the public roster with their consent, and the
 * activities describe no one, so these figures need no suppression.
 */
@Component
class ChangeAgentIndicators implements IndicatorSource {

	private final JdbcClient jdbc;

	ChangeAgentIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndicatorValue> values(LocalDate periodEnd) {
		Timestamp until = Timestamp.from(periodEnd.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		List<IndicatorValue> values = new ArrayList<>();
		this.jdbc.sql("""
				select o.country_code, count(*) as agents from skills.change_agent a
				join core.organisation o on o.id = a.organisation_id
				where a.status = 'ACTIVE' and a.decided_at < :until
				group by o.country_code""").param("until", until).query((rs, row) -> {
			long agents = rs.getLong("agents");
			return values.add(new IndicatorValue("skills.change-agents", rs.getString("country_code"), null,
					BigDecimal.valueOf(agents), agents, false));
		}).list();
		this.jdbc.sql("""
				select o.country_code, count(*) as activities, sum(x.people_reached) as reached
				from skills.change_agent_activity x
				join skills.change_agent a on a.id = x.agent_id
				join core.organisation o on o.id = a.organisation_id
				where x.activity_date <= :end
				group by o.country_code""").param("end", periodEnd).query((rs, row) -> {
			long activities = rs.getLong("activities");
			long reached = rs.getLong("reached");
			values.add(new IndicatorValue("skills.change-agent-activities", rs.getString("country_code"), null,
					BigDecimal.valueOf(activities), activities, false));
			return values.add(new IndicatorValue("skills.change-agent-reach", rs.getString("country_code"), null,
					BigDecimal.valueOf(reached), activities, false));
		}).list();
		return values;
	}

}
