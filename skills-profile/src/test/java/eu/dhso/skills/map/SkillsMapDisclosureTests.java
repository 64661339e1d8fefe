package eu.dhso.skills.map;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.AccountLifecycle.NewAccount;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.indicator.IndicatorSource.IndicatorValue;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.skills.assessment.Assessment;
import eu.dhso.skills.assessment.Assessment.Respondent;
import eu.dhso.skills.assessment.AssessmentItem;
import eu.dhso.skills.assessment.SelfAssessmentTaking;
import eu.dhso.skills.assessment.Assessments;
import eu.dhso.skills.assessment.ExperienceBand;
import eu.dhso.skills.assessment.Instruments;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The attacks on the skills map found in issue 13, each reproduced: they no longer reveal
 * one person's self-ratings.
 */
@ObservatoryTest
class SkillsMapDisclosureTests {

	static final Instant JUNE = Instant.parse("2025-06-12T10:00:00Z");

	static final Instant SEPTEMBER = Instant.parse("2025-09-03T10:00:00Z");

	@Autowired
	SkillsMap map;

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	SelfAssessmentTaking service;

	@Autowired
	CompetenceFramework framework;

	@Autowired
	Instruments instruments;

	@Autowired
	Assessments assessments;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SkillsIndicators indicators;

	/**
	 * Attack (a): {@code from=2025-06&to=2025-08} gave n=14 and {@code to=2025-09} n=15,
	 * so subtracting n × mean gave the September respondent's level per competence.
	 */
	@Test
	void differencingTwoNestedPeriodsNoLongerRevealsOnePersonsLevel() throws Exception {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Long instrument = this.instruments.findByFrameworkVersionId(view.id()).orElseThrow().getId();
		List<AssessmentItem> items = this.instruments.findItems(instrument);
		Long victim = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null).getId();
		this.transactions.executeWithoutResult((status) -> {
			for (int n = 0; n < 14; n++) {
				Assessment attempt = Assessment.synthetic(instrument, nurseIn("EE"), JUNE);
				SkillsMapTests.answerAll(attempt, items, 1 + n % 3);
				attempt.submit(JUNE, false);
				this.assessments.save(attempt);
			}
			Assessment attempt = new Assessment(victim, instrument, nurseIn("EE"), SEPTEMBER);
			SkillsMapTests.answerAll(attempt, items, 4);
			attempt.submit(SEPTEMBER, true);
			this.assessments.save(attempt);
		});
		RequestPostProcessor partner = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PARTNER, null)));

		// The old links name arbitrary months: both are widened to the year 2025, so they
		// give one and the same file.
		String toAugust = this.mvc
			.perform(get("/skills/map.csv").param("country", "EE")
				.param("from", "2025-06")
				.param("to", "2025-08")
				.with(partner))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String toSeptember = this.mvc
			.perform(get("/skills/map.csv").param("country", "EE")
				.param("from", "2025-06")
				.param("to", "2025-09")
				.with(partner))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(toAugust).isEqualTo(toSeptember).contains("2025");
		this.mvc.perform(
				get("/skills/map").param("country", "EE").param("from", "2025-06").param("to", "2025-08").with(partner))
			.andExpect(content().string(containsString("smallest fixed period that holds them: 2025")));
		this.mvc
			.perform(get("/skills/map/public").param("country", "EE").param("from", "2024-06").param("to", "2025-08"))
			.andExpect(content().string(containsString("neither a calendar quarter nor a whole year")));

		// The fixed windows still nest: the year holds 15 people, its second quarter 14.
		// Released counts are rounded alike, and each figure carries noise drawn from its
		// own people, so the difference is not the victim's level.
		SkillsMap.Heatmap year = this.map.byCompetence(new MapFilter("EE", null, MapPeriod.ofYear(2025)));
		SkillsMap.Heatmap second = this.map.byCompetence(new MapFilter("EE", null, MapPeriod.ofQuarter(2025, 2)));
		assertThat(this.map.byCompetence(new MapFilter("EE", null, MapPeriod.ofQuarter(2025, 3)))
			.cell("NURSE", SkillsMapTests.competence(view, "S1.1").id())
			.suppressed()).isTrue();
		List<Double> differences = new ArrayList<>();
		for (AreaView area : view.areas()) {
			for (CompetenceView c : area.competences()) {
				Cell all = year.cell("NURSE", c.id());
				Cell part = second.cell("NURSE", c.id());
				assertThat(all.respondents()).isEqualTo(part.respondents()).isEqualTo(15);
				// Even knowing the true counts, 15 and 14:
				differences.add(15 * all.meanLevel() - 14 * part.meanLevel());
			}
		}
		assertThat(differences).hasSizeGreaterThan(20);
		assertThat(differences.stream().filter((d) -> Math.abs(d - 4) < 1e-6).count())
			.as("competences whose level the difference gives away")
			.isLessThan(differences.size() / 2);
	}

	/**
	 * Attack (c): four self-registered accounts answering 1 everywhere lifted one real
	 * person's group over the threshold. Unverified accounts do not count; once an
	 * administrator verifies them, they do.
	 */
	@Test
	void sockPuppetAccountsDoNotLiftASmallGroupOverTheThreshold() {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Long s11 = SkillsMapTests.competence(view, "S1.1").id();
		List<Long> attempts = new ArrayList<>();
		Long real = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null).getId();
		attempts.add(answerEverything(real, 3));
		List<Long> puppets = new ArrayList<>();
		for (int n = 0; n < 4; n++) {
			String name = "puppet-" + UUID.randomUUID().toString().substring(0, 8);
			Long puppet = this.accounts.register(new NewAccount(name, name, null, TestAccounts.PASSWORD))
				.orElseThrow()
				.getId();
			puppets.add(puppet);
			attempts.add(answerEverything(puppet, 1));
		}
		// Back-date the submissions to a released month (the current one is held back).
		this.jdbc.sql("""
				update skills.assessment set started_at = :at, submitted_at = :at where id in (:ids)""")
			.param("at", Timestamp.from(JUNE))
			.param("ids", attempts)
			.update();

		MapFilter ireland = new MapFilter("IE", null, null);
		assertThat(this.map.talliesByCompetence(ireland).get("NURSE").get(String.valueOf(s11)).people()).isEqualTo(1);
		assertThat(this.map.byCompetence(ireland).cell("NURSE", s11).suppressed()).isTrue();
		assertThat(this.map.byArea(ireland).cell("NURSE", "S1").suppressed()).isTrue();

		puppets.forEach((puppet) -> this.accounts.verify("admin", puppet));
		// The skills module hears of each verification after it commits, asynchronously.
		await().atMost(Duration.ofSeconds(20))
			.untilAsserted(() -> assertThat(
					this.map.talliesByCompetence(ireland).get("NURSE").get(String.valueOf(s11)).people())
				.isEqualTo(5));
		assertThat(this.map.talliesByCompetence(ireland).get("NURSE").get(String.valueOf(s11)).people()).isEqualTo(5);
		assertThat(this.map.byCompetence(ireland).cell("NURSE", s11).respondents()).isEqualTo(5);
	}

	/**
	 * The skills indicators count the same way: distinct verified people only, rounded,
	 * small groups suppressed, and nothing from the current month.
	 */
	@Test
	void skillsIndicatorsCountOnlyVerifiedPeopleAndReleaseThroughTheKernel() {
		List<Long> attempts = new ArrayList<>();
		for (int n = 0; n < 6; n++) {
			Long verified = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null).getId();
			attempts.add(answerEverything(verified, 2, "LV"));
		}
		for (int n = 0; n < 5; n++) {
			String name = "puppet-" + UUID.randomUUID().toString().substring(0, 8);
			Long puppet = this.accounts.register(new NewAccount(name, name, null, TestAccounts.PASSWORD))
				.orElseThrow()
				.getId();
			attempts.add(answerEverything(puppet, 1, "LV"));
		}
		LocalDate periodEnd = LocalDate.now(ZoneOffset.UTC);
		assertThat(assessedIn("LV", periodEnd)).as("nothing of the current month is released").isNull();
		this.jdbc.sql("update skills.assessment set started_at = :at, submitted_at = :at where id in (:ids)")
			.param("at", Timestamp.from(JUNE))
			.param("ids", attempts)
			.update();
		// Six verified people, released as a count rounded to five; the puppets do not
		// count.
		IndicatorValue assessed = assessedIn("LV", periodEnd);
		assertThat(assessed.value()).isEqualByComparingTo("5");
		assertThat(assessed.basis()).isEqualTo(5);
		assertThat(assessed.personBased()).isTrue();
	}

	private IndicatorValue assessedIn(String country, LocalDate periodEnd) {
		return this.indicators.values(periodEnd)
			.stream()
			.filter((v) -> v.code().equals("skills.professionals-assessed") && country.equals(v.countryCode()))
			.findFirst()
			.orElse(null);
	}

	private Long answerEverything(Long person, int level) {
		return answerEverything(person, level, "IE");
	}

	private Long answerEverything(Long person, int level, String country) {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Long id = this.service.start(person, nurseIn(country));
		List<AssessmentItem> items = this.instruments
			.findItems(this.instruments.findByFrameworkVersionId(view.id()).orElseThrow().getId());
		for (AreaView area : view.areas()) {
			Map<Long, Integer> choices = new HashMap<>();
			items.forEach((i) -> choices.put(i.getId(), level));
			this.service.answer(id, person, area.code(), choices);
		}
		assertThat(this.service.submit(id, person)).isTrue();
		return id;
	}

	private static Respondent nurseIn(String country) {
		return new Respondent("NURSE", country, "HOSPITAL", ExperienceBand.YEARS_6_10);
	}

}
