package eu.dhso.skills.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * The skills profile's lifecycle indicators: role profiles, professionals assessed per
 * country and the average gap to the role profile per profession. The person-based ones
 * carry their number of respondents, so the observatory suppresses small groups.
 */
@Component
class SkillsIndicators implements IndicatorSource {

	private final JdbcClient jdbc;

	SkillsIndicators(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndicatorValue> values(LocalDate periodEnd) {
		Timestamp until = Timestamp.from(periodEnd.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		List<IndicatorValue> values = new ArrayList<>();
		long profiles = this.jdbc.sql("select count(*) from skills.role_profile where updated_at < :until")
			.param("until", until)
			.query(Long.class)
			.single();
		values
			.add(new IndicatorValue("skills.role-profiles", null, null, BigDecimal.valueOf(profiles), profiles, false));
		this.jdbc.sql("""
				select country_code, count(*) as assessed from skills.assessment
				where status = 'SUBMITTED' and submitted_at < :until group by country_code
				""").param("until", until).query((rs, row) -> {
			long assessed = rs.getLong("assessed");
			values.add(new IndicatorValue("skills.professionals-assessed", rs.getString("country_code"), null,
					BigDecimal.valueOf(assessed), assessed, true));
			return row;
		}).list();
		this.jdbc.sql("""
				select a.profession_code, count(distinct a.id) as respondents, avg(el.level - ans.choice) as gap
				from skills.assessment a
				join skills.instrument i on i.id = a.instrument_id
				join skills.answer ans on ans.assessment_id = a.id
				join skills.assessment_item it on it.id = ans.item_id and it.kind = 'SELF_RATING'
				join skills.role_profile rp on rp.framework_version_id = i.framework_version_id
				     and rp.profession_code = a.profession_code and rp.care_setting_code is null
				join skills.expected_level el on el.role_profile_id = rp.id and el.competence_id = it.competence_id
				where a.status = 'SUBMITTED' and a.submitted_at < :until
				group by a.profession_code
				""").param("until", until).query((rs, row) -> {
			BigDecimal gap = rs.getBigDecimal("gap");
			values.add(new IndicatorValue("skills.average-gap", null, rs.getString("profession_code"),
					(gap != null) ? gap.setScale(2, RoundingMode.HALF_UP) : null, rs.getLong("respondents"), true));
			return row;
		}).list();
		return values;
	}

}
