package eu.dhso.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.cases.report.OpenReportPublishing;
import eu.dhso.cases.report.ReportScope;
import eu.dhso.core.evidence.CitedEvidence;
import eu.dhso.core.evidence.EvidenceCatalogue;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.guidelines.guideline.Audience;
import eu.dhso.guidelines.guideline.GuidelineDocument;
import eu.dhso.guidelines.guideline.GuidelineDocument.Recommendation;
import eu.dhso.guidelines.report.ReportDocument;
import eu.dhso.guidelines.report.ReportPublishing;
import eu.dhso.guidelines.guideline.GuidelineDocument.Evidence;
import eu.dhso.guidelines.guideline.GuidelineDocument.EvidenceKind;
import eu.dhso.guidelines.guideline.GuidelinePublishing;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.util.HtmlUtils;

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

	@Autowired
	EvidenceCatalogue evidence;

	@Autowired
	ReportPublishing reports;

	@Autowired
	OpenReportPublishing openReports;

	@Autowired
	MessageSource messages;

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
					EvidenceKind.OBSERVATORY_REPORT, EvidenceKind.INDICATOR, EvidenceKind.PILOT_EVALUATION);
		for (Evidence evidence : cited) {
			assertThat(evidence.title()).as(evidence.token()).isNotBlank();
			assertThat(evidence.version()).as(evidence.token()).isNotBlank();
			this.mvc.perform(get(evidence.link())).andExpect(status().isOk());
		}
		assertThat(cited).filteredOn((e) -> e.kind() == EvidenceKind.SKILLS_CELL)
			.allSatisfy((e) -> assertThat(e.figure()).isNotBlank());
	}

	@Test
	void theDemoReportsCiteEvidenceOfSeveralKinds() {
		assertThat(this.openReports.published().stream().flatMap((r) -> r.getCitations().stream()))
			.extracting(CitedEvidence::kind)
			.contains(eu.dhso.core.evidence.EvidenceKind.CASE, eu.dhso.core.evidence.EvidenceKind.SKILLS_CELL,
					eu.dhso.core.evidence.EvidenceKind.ROLE_PROFILE,
					eu.dhso.core.evidence.EvidenceKind.PILOT_EVALUATION, eu.dhso.core.evidence.EvidenceKind.INDICATOR);
		assertThat(this.reports.released()
			.stream()
			.flatMap((r) -> r.snapshot().blocks().stream())
			.filter((b) -> b.citation() != null)
			.map((b) -> b.citation().kind())).contains(EvidenceKind.CASE, EvidenceKind.SKILLS_CELL,
					EvidenceKind.ROLE_PROFILE, EvidenceKind.PILOT_EVALUATION);
	}

	/**
	 * Each kind of evidence, cited in a guideline, an observatory report and an Open
	 * Report, published: every citation link opens, for an anonymous reader, the page of
	 * what was cited, and no unresolved reference reaches the public text.
	 */
	@Test
	void everyKindOfEvidenceCitedInEveryPublicationLeadsAnAnonymousReaderToWhatWasCited() throws Exception {
		List<CitedEvidence> evidence = new ArrayList<>();
		for (eu.dhso.core.evidence.EvidenceKind kind : eu.dhso.core.evidence.EvidenceKind.values()) {
			evidence.add(this.evidence.search(kind, "", 1)
				.stream()
				.findFirst()
				.orElseThrow(() -> new AssertionError("no public " + kind + " in the demo data")));
		}
		String name = "every-kind-" + UUID.randomUUID().toString().substring(0, 8);
		this.guidelines.create(name,
				new GuidelineDocument("Every kind " + name, Audience.POLICY_MAKERS, "Summary", "## Part\nText",
						List.of(new Recommendation("Cite every kind",
								evidence.stream()
									.map((c) -> new Evidence(EvidenceKind.valueOf(c.kind().name()), c.reference()))
									.toList()))),
				"test");
		this.guidelines.publish(name, "First", "test");
		long report = this.reports.create(name,
				new ReportDocument("Every kind " + name, "Summary",
						evidence.stream().map((c) -> "{{cite:" + c.token() + "}}").collect(Collectors.joining("\n\n"))),
				"test");
		this.reports.publish(report, "test");
		long open = this.openReports.start("Every kind " + name, new ReportScope(null, null, null, null), "test")
			.getId();
		for (CitedEvidence c : evidence) {
			this.openReports.cite(open, this.openReports.find(open).getVersion(), c.kind(), c.reference(), "test");
		}
		this.openReports.publish(open, "test");
		// the PDF names every kind too
		this.mvc.perform(get("/cases/reports/" + open + ".pdf")).andExpect(status().isOk());

		for (String publication : List.of("/guidelines/" + name, "/observatory/reports/" + name,
				"/cases/reports/" + open)) {
			String html = this.mvc.perform(get(publication))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(publication).doesNotContain("{{");
			for (CitedEvidence cited : evidence) {
				Matcher link = Pattern
					.compile("<a [^>]*href=\"([^\"]+)\"[^>]*data-citation=\"" + Pattern.quote(cited.token()) + "\"")
					.matcher(html);
				assertThat(link.find()).as(publication + " cites " + cited.token()).isTrue();
				String href = link.group(1).replace("&amp;", "&");
				assertThat(href).as(cited.token()).isEqualTo(cited.href());
				String page = this.mvc.perform(get(href))
					.andExpect(status().isOk())
					.andReturn()
					.getResponse()
					.getContentAsString();
				assertThat(page).as(href + " names " + cited.token()).contains(named(cited));
			}
		}
	}

	/** What the page of cited evidence must show to name it. */
	private String named(CitedEvidence cited) {
		String[] reference = cited.reference().split("[/@]");
		return switch (cited.kind()) {
			case SKILLS_CELL -> ">" + reference[1] + "<";
			case ROLE_PROFILE -> HtmlUtils.htmlEscape(
					this.messages.getMessage("taxonomy.profession." + reference[0], null, Locale.ENGLISH), "UTF-8");
			case INDICATOR -> "data-indicator=\"" + reference[0] + "\"";
			case PILOT_EVALUATION -> HtmlUtils.htmlEscape(cited.title().split(" · ")[0], "UTF-8");
			default -> HtmlUtils.htmlEscape(cited.title(), "UTF-8");
		};
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

	/**
	 * An Open Report's cited figures are checked as a guideline's are: a cited skills-map
	 * cell whose data changed since publication is listed under the Open Report.
	 */
	@Test
	@org.springframework.transaction.annotation.Transactional
	void verificationReportsAnOpenReportCitationThatItsEvidenceNoLongerGives() throws Exception {
		record Cited(long report, String cell) {
		}
		Cited cited = this.jdbc.sql("""
				select r.id, c ->> 'reference' as cell
				from cases.open_report r, jsonb_array_elements(cast(r.citations as jsonb)) c
				where r.status = 'PUBLISHED' and c ->> 'kind' = 'SKILLS_CELL' and c ->> 'figure' is not null
				order by r.id limit 1""").query((rs, n) -> new Cited(rs.getLong("id"), rs.getString("cell"))).single();
		String[] parts = cited.cell().split("/");
		this.jdbc.sql("""
				update skills.map_summary set level_sum = level_sum + answers
				where profession_code = :profession and extract(year from month) = :year
				    and competence_id in (select id from core.competence where code = :competence)
				""")
			.param("profession", parts[0])
			.param("competence", parts[1])
			.param("year", Integer.parseInt(parts[2].substring(0, 4)))
			.update();
		this.mvc.perform(get("/observatory/manage/verify").with(demo("admin")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/cases/reports/" + cited.report() + "\"")))
			.andExpect(content().string(containsString("cell:" + cited.cell())))
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString(": 0 differences"))));
	}

	private RequestPostProcessor demo(String username) {
		return user(new ObservatoryUser(this.accounts.findByUsernameIgnoreCase(username).orElseThrow()));
	}

}
