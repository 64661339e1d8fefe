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

	/**
	 * Issue 18: guideline, report and indicator actions were audited as "OK", which the
	 * audit log showed as ??admin.audit.outcome.OK_en??. The demo data runs those
	 * actions, so every outcome stored must be one the page names.
	 */
	@Test
	void everyAuditedOutcomeIsOneTheAuditLogNamesInWords() throws Exception {
		List<String> outcomes = this.jdbc.sql("select distinct outcome from core.audit_entry")
			.query(String.class)
			.list();
		assertThat(outcomes).isNotEmpty().isSubsetOf("SUCCESS", "FAILURE", "REFUSED");
		assertThat(this.jdbc.sql("select count(*) from core.audit_entry where action like 'GUIDELINE_%'")
			.query(Long.class)
			.single()).as("the demo data audits guideline actions").isPositive();
		this.mvc.perform(get("/admin/audit").param("action", "GUIDELINE_").with(demo("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>Success</td>")))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("??"))));
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

	private RequestPostProcessor demo(String username) {
		return user(new ObservatoryUser(this.accounts.findByUsernameIgnoreCase(username).orElseThrow()));
	}

}
