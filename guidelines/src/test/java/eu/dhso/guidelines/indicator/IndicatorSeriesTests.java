package eu.dhso.guidelines.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.indicator.IndicatorSource.IndicatorValue;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.guidelines.guideline.GuidelinePublishing;
import eu.dhso.guidelines.guideline.Audience;
import eu.dhso.guidelines.guideline.GuidelineDocument;
import eu.dhso.guidelines.indicator.IndicatorSeries.Point;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class IndicatorSeriesTests {

	@Autowired
	IndicatorSeries indicators;

	@Autowired
	Organisations organisations;

	@Autowired
	MockMvc mvc;

	@Autowired
	CurrentIndicators current;

	@Autowired
	GuidelinePublishing guidelines;

	@Autowired
	org.springframework.context.MessageSource messages;

	@Autowired
	eu.dhso.core.account.AccountLifecycle accounts;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void personBasedValuesOnFewerThanFivePeopleAreStoredWithoutFigureOrBasis() {
		String code = "test.people-" + UUID.randomUUID().toString().substring(0, 8);
		LocalDate period = LocalDate.of(2026, 1, 31);
		this.indicators.store(period, new IndicatorValue(code, "LT", null, new BigDecimal("4"), 4, true),
				IndicatorSeries.COMPUTED, null);
		this.indicators.store(period, new IndicatorValue(code, "RO", null, new BigDecimal("5"), 5, true),
				IndicatorSeries.COMPUTED, null);
		this.indicators.store(period, new IndicatorValue(code, "DK", null, new BigDecimal("3"), 3, false),
				IndicatorSeries.COMPUTED, null);
		assertThat(this.indicators.latest(code, null).orElseThrow().points())
			.extracting(Point::country, Point::value, Point::suppressed)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("DK", new BigDecimal("3.0000"), false),
					org.assertj.core.groups.Tuple.tuple("LT", null, true),
					org.assertj.core.groups.Tuple.tuple("RO", new BigDecimal("5.0000"), false));
	}

	@Test
	void collectingSnapshotsEveryModulesValuesForThePeriod() {
		this.organisations.save(new Organisation("Member " + UUID.randomUUID(), OrganisationType.UNIVERSITY, "HU"));
		LocalDate period = LocalDate.of(2030, 12, 31);
		int stored = this.indicators.collect(period);
		assertThat(stored).isPositive();
		Point hungary = this.indicators.series("network.members", "HU")
			.stream()
			.filter((p) -> p.periodEnd().equals(period))
			.findFirst()
			.orElseThrow();
		assertThat(hungary.value()).isPositive();
		// the case library and the skills profile contribute their own codes
		assertThat(this.indicators.codes()).contains("network.members", "skills.role-profiles");
	}

	@Test
	void collectingTheSamePeriodTwiceReplacesItsValues() {
		LocalDate period = LocalDate.of(2030, 11, 30);
		this.indicators.collect(period);
		long before = this.indicators.count();
		this.indicators.collect(period);
		assertThat(this.indicators.count()).isEqualTo(before);
	}

	@Test
	void theDashboardShowsSeriesAsTablesAndLinksTheDerivedLifecycle() throws Exception {
		this.indicators.store(LocalDate.of(2026, 2, 28),
				new IndicatorValue("network.members", "GR", null, new BigDecimal("7"), 7, false),
				IndicatorSeries.COMPUTED, null);
		this.mvc.perform(get("/observatory/indicators").param("country", "GR"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"lifecycle-link\"")))
			.andExpect(content().string(containsString("data-indicator=\"network.members\"")))
			.andExpect(content().string(containsString("class=\"bar bar-")));
		this.mvc.perform(get("/observatory/indicators/compare").param("code", "network.members"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Member organisations of the network")));
	}

	/**
	 * The crawl found profession codes (NURSE, IT_PROFESSIONAL) in the breakdown column.
	 */
	@Test
	void aBreakdownByProfessionShowsTheProfessionsNameNotItsCode() throws Exception {
		String code = "test.breakdown-" + UUID.randomUUID().toString().substring(0, 8);
		this.indicators.store(LocalDate.of(2026, 3, 31),
				new IndicatorValue(code, "", "IT_PROFESSIONAL", new BigDecimal("0.4"), 12, true),
				IndicatorSeries.COMPUTED, null);
		this.mvc.perform(get("/observatory/indicators/compare").param("code", code))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>IT professional in health care</td>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(">IT_PROFESSIONAL<"))));
	}

	@Test
	void aPublishedGuidelineCountsAtOnceWithoutAnyoneCollecting() throws Exception {
		long stored = this.indicators.count();
		BigDecimal before = currentAllCountries("guidelines.published");
		String slug = "counted-" + UUID.randomUUID().toString().substring(0, 8);
		this.guidelines.create(slug,
				new GuidelineDocument("Counted guideline", Audience.POLICY_MAKERS, "Summary", "Body", null), "test");
		assertThat(currentAllCountries("guidelines.published")).as("a draft does not count")
			.isEqualByComparingTo(before);
		this.guidelines.publish(slug, "First", "test");
		assertThat(currentAllCountries("guidelines.published")).isEqualByComparingTo(before.add(BigDecimal.ONE));
		assertThat(this.indicators.count()).as("nothing had to be collected").isEqualTo(stored);
		this.mvc.perform(get("/observatory/indicators"))
			.andExpect(content().string(containsString("data-current=\"guidelines.published\"")));
	}

	@Test
	void everyIndicatorShowsItsDefinitionSourcePopulationTimeAndPhase() throws Exception {
		String page = this.mvc.perform(get("/observatory/indicators"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		for (LifecyclePhase phase : LifecyclePhase.values()) {
			assertThat(page).contains("data-phase=\"" + phase + "\"");
		}
		assertThat(page).contains("Guidelines with at least one published version.")
			.contains("Source: published guidelines and reports")
			.contains("Population (n)")
			.contains("<time datetime=");
		// every definition and source of the catalogue reads in every language
		for (IndicatorCatalogue.Entry entry : IndicatorCatalogue.entries()) {
			for (java.util.Locale locale : java.util.List.of(java.util.Locale.ENGLISH, java.util.Locale.ITALIAN,
					java.util.Locale.forLanguageTag("el"))) {
				assertThat(this.messages.getMessage(entry.definitionKey(), null, null, locale)).isNotBlank();
				assertThat(this.messages.getMessage(entry.sourceKey(), null, null, locale)).isNotBlank();
			}
		}
		for (String other : java.util.List.of("policy.new-figure", "unknown.figure")) {
			assertThat(this.messages.getMessage(IndicatorCatalogue.of(other).definitionKey(), null, null,
					java.util.Locale.ENGLISH))
				.isNotBlank();
		}
	}

	/**
	 * Lifecycle states are derived from records now: the typing form is gone, and a score
	 * typed in before stays readable as an archive on the lifecycle page.
	 */
	@Test
	void aMaturityScoreIsNoLongerTypedInAndEarlierScoresStayReadable() throws Exception {
		this.jdbc.sql("""
				insert into guidelines.lifecycle_maturity (country_code, phase, level, set_by, note)
				values ('LT', 'EXECUTION', 3, 'expert', 'Ministry training report 2026, pages 4 to 9')
				on conflict (country_code, phase) do update set note = excluded.note
				""").update();
		eu.dhso.core.account.ObservatoryUser user = new eu.dhso.core.account.ObservatoryUser(
				eu.dhso.core.testsupport.TestAccounts.create(this.accounts, eu.dhso.core.account.Role.ADMIN, null));
		var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(user);
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/observatory/manage/indicators/maturity")
				.param("country", "LT")
				.param("EXECUTION", "5")
				.param("evidence", "Typed in")
				.with(admin)
				.with(csrf))
			.andExpect(status().is4xxClientError());
		assertThat(this.indicators.maturity("LT").get(LifecyclePhase.EXECUTION).level()).isEqualTo(3);
		this.mvc.perform(get("/observatory/manage/indicators").with(admin))
			.andExpect(content().string(containsString("data-testid=\"maturity-gone\"")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("maturity-evidence"))));
		this.mvc.perform(get("/observatory/lifecycle"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Ministry training report 2026, pages 4 to 9")));
	}

	@Test
	void aPolicyIndicatorMissingItsValueIsABadRequestAndABadCodeIsRefusedWithAMessage() throws Exception {
		var admin = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
			.user(new eu.dhso.core.account.ObservatoryUser(eu.dhso.core.testsupport.TestAccounts.create(this.accounts,
					eu.dhso.core.account.Role.ADMIN, null)));
		var csrf = org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/observatory/manage/indicators/policy")
				.param("code", "strategy")
				.param("country", "LT")
				.param("periodEnd", "2026-03-31")
				.param("source", "Ministry")
				.with(admin)
				.with(csrf))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().isBadRequest());
		this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.post("/observatory/manage/indicators/policy")
				.param("code", "Not A Code")
				.param("country", "LT")
				.param("periodEnd", "2026-03-31")
				.param("value", "1")
				.param("source", "Ministry")
				.with(admin)
				.with(csrf))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
				.redirectedUrl("/observatory/manage/indicators"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
				.attribute("error", "guidelines.indicators.policy.invalid"));
	}

	private BigDecimal currentAllCountries(String code) {
		return this.current.all()
			.stream()
			.filter((c) -> c.code().equals(code) && c.country().isEmpty())
			.map(CurrentIndicators.Current::value)
			.findFirst()
			.orElseThrow();
	}

	@Test
	void demandAndSupplyReadAsTablesAndSuppressSmallGroups() throws Exception {
		this.mvc.perform(get("/observatory/demand-supply").param("country", "MT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"demand-supply\"")))
			.andExpect(content().string(containsString("S: fewer than 5")));
	}

}
