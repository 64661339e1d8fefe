package eu.dhso.skills.map;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import eu.dhso.core.disclosure.Contributors;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.disclosure.Released;
import eu.dhso.core.indicator.IndicatorSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The skills profile's lifecycle indicators: role profiles, professionals assessed per
 * country and the average gap to the role profile per profession. The person-based ones
 * count distinct verified people (or synthetic demo respondents), only what was submitted
 * before the release boundary, and leave through the kernel's disclosure control: a
 * suppressed value is null, a released one is perturbed (means) or rounded (counts), and
 * its basis is the rounded head count.
 */
@Component
class SkillsIndicators implements IndicatorSource {

	private final JdbcClient jdbc;

	private final DisclosureControl disclosure;

	private final CompetenceFramework framework;

	SkillsIndicators(JdbcClient jdbc, DisclosureControl disclosure, CompetenceFramework framework) {
		this.jdbc = jdbc;
		this.disclosure = disclosure;
		this.framework = framework;
	}

	@Override
	@Transactional(readOnly = true)
	public List<IndicatorValue> values(LocalDate periodEnd) {
		Timestamp until = Timestamp.from(periodEnd.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
		LocalDate boundary = this.disclosure.releasedBefore();
		Timestamp released = until.toInstant().isBefore(boundary.atStartOfDay(ZoneOffset.UTC).toInstant()) ? until
				: Timestamp.from(boundary.atStartOfDay(ZoneOffset.UTC).toInstant());
		List<IndicatorValue> values = new ArrayList<>();
		// the role profiles of the published framework only: a draft version copies every
		// profile, and drafts are not published data
		Long published = this.framework.latestPublished().map((f) -> f.id()).orElse(-1L);
		long profiles = this.jdbc.sql(
				"select count(*) from skills.role_profile where framework_version_id = :published and updated_at < :until")
			.param("published", published)
			.param("until", until)
			.query(Long.class)
			.single();
		values
			.add(new IndicatorValue("skills.role-profiles", null, null, BigDecimal.valueOf(profiles), profiles, false));
		this.jdbc.sql("""
				select country_code, count(*) as people,
				       coalesce(sum(hashtextextended(person::text, :seed)) % 9223372036854775807, 0)::bigint as keys
				from (select distinct a.country_code, coalesce(a.account_id, -a.id) as person from skills.assessment a
				      where a.status = 'SUBMITTED' and (a.synthetic or a.counted) and a.submitted_at < :until) p
				group by country_code
				""").param("until", released).param("seed", this.disclosure.seed()).query((rs, row) -> {
			String country = rs.getString("country_code");
			Released assessed = this.disclosure.count("skills.professionals-assessed:" + country,
					new Contributors(rs.getLong("people"), rs.getLong("keys")));
			values.add(value("skills.professionals-assessed", country, null,
					assessed.shown() ? BigDecimal.valueOf(assessed.people()) : null, assessed));
			return row;
		}).list();
		this.jdbc.sql("""
				with answers as (
				    select a.profession_code, coalesce(a.account_id, -a.id) as person, ans.choice, el.level
				    from skills.assessment a
				    join skills.instrument i on i.id = a.instrument_id
				    join skills.answer ans on ans.assessment_id = a.id
				    join skills.assessment_item it on it.id = ans.item_id and it.kind = 'SELF_RATING'
				    join skills.role_profile rp on rp.framework_version_id = i.framework_version_id
				         and rp.profession_code = a.profession_code and rp.care_setting_code is null
				    join skills.expected_level el on el.role_profile_id = rp.id and el.competence_id = it.competence_id
				    where a.status = 'SUBMITTED' and (a.synthetic or a.counted) and a.submitted_at < :until),
				people as (
				    select profession_code, count(*) as people,
				           coalesce(sum(hashtextextended(person::text, :seed)) % 9223372036854775807, 0)::bigint as keys
				    from (select distinct profession_code, person from answers) d group by profession_code)
				select x.profession_code, p.people, p.keys, count(*) as answers, sum(x.choice) as levels,
				       sum(x.level) as expected
				from answers x join people p on p.profession_code = x.profession_code
				group by x.profession_code, p.people, p.keys
				""").param("until", released).param("seed", this.disclosure.seed()).query((rs, row) -> {
			String profession = rs.getString("profession_code");
			long answers = rs.getLong("answers");
			// The gap is the mean expected level (published) minus a released mean level.
			Released level = this.disclosure.mean("skills.average-gap:" + profession,
					new Contributors(rs.getLong("people"), rs.getLong("keys")), rs.getLong("levels"), answers, 1, 4);
			BigDecimal gap = level.shown()
					? BigDecimal.valueOf((double) rs.getLong("expected") / answers - level.value())
						.setScale(2, RoundingMode.HALF_UP)
					: null;
			values.add(value("skills.average-gap", null, profession, gap, level));
			return row;
		}).list();
		return values;
	}

	private static IndicatorValue value(String code, String country, String dimension, BigDecimal value,
			Released released) {
		return new IndicatorValue(code, country, dimension, value, released.shown() ? released.people() : 0, true);
	}

}
