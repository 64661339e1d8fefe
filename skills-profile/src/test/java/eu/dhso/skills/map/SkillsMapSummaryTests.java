package eu.dhso.skills.map;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.Role;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.skills.assessment.Assessment;
import eu.dhso.skills.assessment.Assessment.Respondent;
import eu.dhso.skills.assessment.AssessmentItem;
import eu.dhso.skills.assessment.SelfAssessmentTaking;
import eu.dhso.skills.assessment.Assessments;
import eu.dhso.skills.assessment.ExperienceBand;
import eu.dhso.skills.assessment.Instruments;
import eu.dhso.skills.assessment.ItemKind;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The map reads a summary that triggers maintain; these tests hold it against the same
 * aggregates computed straight from the answers.
 */
@ObservatoryTest
class SkillsMapSummaryTests {

	static final List<String> PROFESSIONS = List.of("NURSE", "DOCTOR", "IT_PROFESSIONAL");

	@Autowired
	SkillsMap map;

	@Autowired
	CompetenceFramework framework;

	@Autowired
	Instruments instruments;

	@Autowired
	Assessments assessments;

	@Autowired
	SelfAssessmentTaking service;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DisclosureControl disclosure;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theMapFromTheSummaryEqualsTheMapComputedFromTheAnswers() {
		List<Long> ids = seedVariedAttempts();
		// Removing submitted attempts takes them out of the summary too.
		this.jdbc.sql("delete from skills.assessment where id in (:ids)").param("ids", ids.subList(0, 3)).update();
		List<MapFilter> filters = List.of(MapFilter.none(), new MapFilter("BE", null, null),
				new MapFilter(null, "HOSPITAL", null), new MapFilter("CZ", "PRIMARY_CARE", null),
				new MapFilter("BE", null, MapPeriod.ofQuarter(2025, 1)),
				new MapFilter(null, null, MapPeriod.ofYear(2025)),
				new MapFilter("CZ", "HOSPITAL", MapPeriod.ofQuarter(2025, 2)),
				new MapFilter("BE", "HOSPITAL", MapPeriod.ofYear(2024)));
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		int compared = 0;
		for (MapFilter filter : filters) {
			Map<String, Raw> byCompetence = raw(view, filter, "cast(it.competence_id as varchar)");
			Map<String, Raw> byArea = raw(view, filter, "ca.code");
			// The unperturbed sums behind the released figures: the perturbation is the
			// kernel's, tested there.
			Map<String, Map<String, SkillsMap.Tally>> competences = this.map.talliesByCompetence(filter);
			Map<String, Map<String, SkillsMap.Tally>> areas = this.map.talliesByArea(filter);
			for (String profession : PROFESSIONS) {
				for (AreaView area : view.areas()) {
					assertSame(areas.getOrDefault(profession, Map.of()).get(area.code()),
							byArea.get(profession + "/" + area.code()), filter + " " + profession + " " + area.code());
					for (CompetenceView c : area.competences()) {
						assertSame(competences.getOrDefault(profession, Map.of()).get(String.valueOf(c.id())),
								byCompetence.get(profession + "/" + c.id()),
								filter + " " + profession + " " + c.code());
						compared++;
					}
				}
			}
		}
		assertThat(compared).isGreaterThan(1000);
		// The seeded groups are large enough in some filters to show figures.
		assertThat(this.map.byArea(new MapFilter("BE", null, null)).cell("NURSE", "S1").suppressed()).isFalse();
	}

	@Test
	void rebuildingTheSummaryChangesNothing() {
		seedVariedAttempts();
		List<String> summary = summaryRows();
		List<String> respondents = respondentRows();
		this.map.rebuildSummary();
		assertThat(summaryRows()).isEqualTo(summary);
		assertThat(respondentRows()).isEqualTo(respondents);
	}

	@Test
	void submittingThroughTheServiceAddsTheAttemptToTheSummary() {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Long s11 = SkillsMapTests.competence(view, "S1.1").id();
		long before = answersInSummary(view.id(), s11);
		Long person = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null).getId();
		Long id = this.service.start(person,
				new Respondent("ALLIED_HEALTH", "LU", "HOME_CARE", ExperienceBand.UNDER_2));
		List<AssessmentItem> items = this.instruments
			.findItems(this.instruments.findByFrameworkVersionId(view.id()).orElseThrow().getId());
		for (AreaView area : view.areas()) {
			Map<Long, Integer> choices = new HashMap<>();
			items.forEach((i) -> choices.put(i.getId(), 2));
			this.service.answer(id, person, area.code(), choices);
		}
		assertThat(answersInSummary(view.id(), s11)).isEqualTo(before);
		assertThat(this.service.submit(id, person)).isTrue();
		assertThat(answersInSummary(view.id(), s11)).isEqualTo(before + 1);
	}

	private long answersInSummary(Long version, Long competence) {
		return this.jdbc.sql("""
				select coalesce(sum(answers), 0) from skills.map_summary where framework_version_id = :version
				and country_code is null and care_setting_code is null and month is null
				and profession_code = 'ALLIED_HEALTH' and competence_id = :competence""")
			.param("version", version)
			.param("competence", competence)
			.query(Long.class)
			.single();
	}

	private List<String> summaryRows() {
		return this.jdbc.sql("""
				select concat_ws('|', framework_version_id, profession_code, country_code, care_setting_code, month,
				       competence_id, answers, level_sum)
				from skills.map_summary where answers <> 0
				order by framework_version_id, profession_code, country_code nulls first,
				         care_setting_code nulls first, month nulls first, competence_id""").query(String.class).list();
	}

	private List<String> respondentRows() {
		return this.jdbc.sql("""
				select concat_ws('|', framework_version_id, profession_code, country_code, care_setting_code, month,
				       respondent, attempts)
				from skills.map_respondent order by 1""").query(String.class).list();
	}

	/**
	 * Sixty attempts over three professions, two countries, two care settings and three
	 * months with random self-ratings; some people take it twice, two attempts stay open.
	 */
	private List<Long> seedVariedAttempts() {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Long instrument = this.instruments.findByFrameworkVersionId(view.id()).orElseThrow().getId();
		List<AssessmentItem> items = this.instruments.findItems(instrument);
		List<Long> people = new ArrayList<>();
		for (int n = 0; n < 8; n++) {
			people.add(TestAccounts.create(this.accounts, Role.PROFESSIONAL, null).getId());
		}
		Random random = new Random(42);
		List<Long> ids = new ArrayList<>();
		this.transactions.executeWithoutResult((status) -> {
			for (int n = 0; n < 60; n++) {
				Respondent respondent = new Respondent(PROFESSIONS.get(n % 3), (n % 2 == 0) ? "BE" : "CZ",
						(n % 4 < 2) ? "HOSPITAL" : "PRIMARY_CARE", ExperienceBand.YEARS_6_10);
				Instant at = Instant.parse("2025-01-15T10:00:00Z").plusSeconds(86_400L * 30 * (n % 3));
				// Every fourth attempt belongs to one of eight people, who thus take it
				// about twice.
				Assessment attempt = (n % 4 == 0) ? new Assessment(people.get(n / 4 % 8), instrument, respondent, at)
						: Assessment.synthetic(instrument, respondent, at);
				Map<Long, Integer> answers = new HashMap<>();
				items.forEach((i) -> answers.put(i.getId(),
						(i.getKind() == ItemKind.SELF_RATING) ? 1 + random.nextInt(4) : 1));
				attempt.answer(answers);
				if (n < 58) {
					attempt.submit(at, true);
				}
				ids.add(this.assessments.save(attempt).getId());
			}
		});
		return ids;
	}

	/**
	 * The aggregation straight from the answers: distinct counted people (verified or
	 * synthetic) with the sum of their record keys, mean level and mean gap per
	 * profession and the given column, from what was submitted before the release
	 * boundary.
	 */
	private Map<String, Raw> raw(FrameworkView view, MapFilter filter, String column) {
		StringBuilder sql = new StringBuilder("""
				select a.profession_code || '/' || %s as cell_key,
				       count(distinct coalesce(a.account_id, -a.id)) as respondents, avg(ans.choice) as mean_level,
				       avg(el.level - ans.choice) as mean_gap, max(p.keys) as keys
				from skills.assessment a
				join skills.instrument i on i.id = a.instrument_id
				join skills.answer ans on ans.assessment_id = a.id
				join skills.assessment_item it on it.id = ans.item_id and it.kind = 'SELF_RATING'
				join core.competence c on c.id = it.competence_id
				join core.competence_area ca on ca.id = c.area_id
				left join skills.role_profile rp on rp.framework_version_id = i.framework_version_id
				     and rp.profession_code = a.profession_code and rp.care_setting_code is null
				left join skills.expected_level el on el.role_profile_id = rp.id and el.competence_id = it.competence_id
				join (select profession_code,
				             (sum(hashtextextended(person::text, :seed)) %%%% 9223372036854775807)::bigint as keys
				      from (select distinct a.profession_code, coalesce(a.account_id, -a.id) as person
				            from skills.assessment a join skills.instrument i on i.id = a.instrument_id
				            where %s) d group by profession_code) p on p.profession_code = a.profession_code
				where %s
				""".formatted(column, "%1$s", "%1$s"));
		StringBuilder where = new StringBuilder("""
				a.status = 'SUBMITTED' and (a.synthetic or a.counted) and i.framework_version_id = :version
				and a.submitted_at < cast(:released as timestamp) at time zone 'UTC'""");
		Map<String, Object> params = new HashMap<>();
		params.put("version", view.id());
		params.put("seed", this.disclosure.seed());
		params.put("released", this.disclosure.releasedBefore().atStartOfDay());
		if (filter.country() != null) {
			where.append(" and a.country_code = :country");
			params.put("country", filter.country());
		}
		if (filter.careSetting() != null) {
			where.append(" and a.care_setting_code = :careSetting");
			params.put("careSetting", filter.careSetting());
		}
		if (filter.period() != null) {
			where.append(" and a.submitted_at >= cast(:from as timestamp) at time zone 'UTC'");
			params.put("from", filter.period().firstMonth().atDay(1).atStartOfDay());
			where.append(" and a.submitted_at < cast(:to as timestamp) at time zone 'UTC'");
			params.put("to", filter.period().lastMonth().plusMonths(1).atDay(1).atStartOfDay());
		}
		String query = String.format(sql.toString(), where) + " group by a.profession_code, " + column;
		Map<String, Raw> cells = new HashMap<>();
		this.jdbc.sql(query).params(params).query((rs, row) -> {
			Double gap = (rs.getObject("mean_gap") != null) ? rs.getDouble("mean_gap") : null;
			return cells.put(rs.getString("cell_key"),
					new Raw(rs.getInt("respondents"), rs.getLong("keys"), rs.getDouble("mean_level"), gap));
		}).list();
		return cells;
	}

	record Raw(int respondents, long keySum, double meanLevel, Double meanGap) {
	}

	private static void assertSame(SkillsMap.Tally actual, Raw expected, String where) {
		assertThat(actual == null).as(where).isEqualTo(expected == null);
		if (expected != null) {
			assertThat(actual.people()).as(where).isEqualTo(expected.respondents());
			assertThat(actual.keySum()).as(where).isEqualTo(expected.keySum());
			assertThat(actual.meanLevel()).as(where).isCloseTo(expected.meanLevel(), within(1e-9));
			if (expected.meanGap() == null) {
				assertThat(actual.meanGap()).as(where).isNull();
			}
			else {
				assertThat(actual.meanGap()).as(where).isCloseTo(expected.meanGap(), within(1e-9));
			}
		}
	}

}
