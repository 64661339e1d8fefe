package eu.dhso.web;

import java.util.List;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.guidelines.guideline.GuidelineDocument.Evidence;
import eu.dhso.guidelines.guideline.GuidelineDocument.EvidenceKind;
import eu.dhso.guidelines.guideline.GuidelinePublishing;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class DemoDataTests {

	@Autowired
	DemoData demoData;

	@Autowired
	UserAccounts accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	GuidelinePublishing guidelines;

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcClient jdbc;

	@Test
	void thereIsOneDemoAccountForEachRoleAndPartnersInTheSeedCountries() {
		for (DemoAccount demo : DemoAccount.ALL) {
			assertThat(this.accounts.findByUsernameIgnoreCase(demo.username())).get()
				.satisfies((account) -> assertThat(account.getRole()).isEqualTo(demo.role()));
		}
		assertThat(this.organisations.findAllByOrderByName()).extracting((o) -> o.getCountryCode())
			.contains("CY", "GR", "HU", "IT", "LT", "RO", "DK", "MT", "ES");
	}

	@Test
	void loadingAgainAddsNothing() {
		long accountsBefore = this.accounts.count();
		long organisationsBefore = this.organisations.count();
		this.demoData.run(new DefaultApplicationArguments());
		assertThat(this.accounts.count()).isEqualTo(accountsBefore);
		assertThat(this.organisations.count()).isEqualTo(organisationsBefore);
	}

	@Test
	void demoGuidelinesCarryTypedCitationsThatAnAnonymousReaderCanFollow() throws Exception {
		List<Evidence> cited = this.guidelines.published()
			.stream()
			.flatMap((v) -> v.document().evidence().stream())
			.toList();
		assertThat(cited).extracting(Evidence::kind)
			.contains(EvidenceKind.CASE, EvidenceKind.SKILLS_CELL, EvidenceKind.ROLE_PROFILE, EvidenceKind.GUIDELINE,
					EvidenceKind.OBSERVATORY_REPORT, EvidenceKind.INDICATOR);
		for (Evidence evidence : cited) {
			assertThat(evidence.title()).as(evidence.token()).isNotBlank();
			assertThat(evidence.version()).as(evidence.token()).isNotBlank();
			this.mvc.perform(get(evidence.link())).andExpect(status().isOk());
		}
		assertThat(cited).filteredOn((e) -> e.kind() == EvidenceKind.SKILLS_CELL)
			.allSatisfy((e) -> assertThat(e.figure()).isNotBlank());
	}

	@Test
	void verificationRecomputesEveryPublishedFigureOfTheDemoWithoutDifferences() throws Exception {
		this.mvc.perform(get("/observatory/manage/verify").with(demo("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("figures checked: 0 differences")));
	}

	@Test
	void verificationReportsASkillsMapFigureThatTheDataNoLongerGive() throws Exception {
		String cell = this.guidelines.published()
			.stream()
			.flatMap((v) -> v.document().evidence().stream())
			.filter((e) -> e.kind() == EvidenceKind.SKILLS_CELL)
			.findFirst()
			.orElseThrow()
			.reference();
		String[] parts = cell.split("/");
		String change = """
				update skills.map_summary set level_sum = level_sum + :sign * answers
				where profession_code = :profession and extract(year from month) = :year
				    and competence_id in (select id from core.competence where code = :competence)
				""";
		this.jdbc.sql(change)
			.param("sign", 1)
			.param("profession", parts[0])
			.param("competence", parts[1])
			.param("year", Integer.parseInt(parts[2]))
			.update();
		try {
			this.mvc.perform(get("/observatory/manage/verify").with(demo("admin")))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("cell:" + cell)))
				.andExpect(content().string(org.hamcrest.Matchers.not(containsString(": 0 differences"))));
		}
		finally {
			this.jdbc.sql(change)
				.param("sign", -1)
				.param("profession", parts[0])
				.param("competence", parts[1])
				.param("year", Integer.parseInt(parts[2]))
				.update();
		}
	}

	/**
	 * An Open Report keeps the cases it was drafted from: a case whose country changed
	 * since gives other country counts, and verification lists them.
	 */
	@Test
	@org.springframework.transaction.annotation.Transactional
	void verificationReportsAnOpenReportFigureThatTheCasesNoLongerGive() throws Exception {
		long report = this.jdbc.sql("select id from cases.open_report where status = 'PUBLISHED' order by id limit 1")
			.query(Long.class)
			.single();
		long input = this.jdbc
			.sql("select (cast(content as jsonb) -> 'inputs' ->> 0)::bigint from cases.open_report " + "where id = :id")
			.param("id", report)
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				update cases.published_case
				set content = cast(jsonb_set(cast(content as jsonb), '{countryCode}', '"LU"') as text)
				where case_id = :id""").param("id", input).update();
		this.mvc.perform(get("/observatory/manage/verify").with(demo("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/cases/reports/" + report + "\"")))
			.andExpect(content().string(containsString("countries/LU")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(": 0 differences"))));
	}

	private RequestPostProcessor demo(String username) {
		return user(new ObservatoryUser(this.accounts.findByUsernameIgnoreCase(username).orElseThrow()));
	}

}
