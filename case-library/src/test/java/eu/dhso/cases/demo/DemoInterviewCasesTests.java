package eu.dhso.cases.demo;

import java.util.Set;

import eu.dhso.cases.library.LibraryPage;
import eu.dhso.cases.library.LibraryQuery;
import eu.dhso.cases.library.PublishedCases;
import eu.dhso.cases.report.OpenReport;
import eu.dhso.cases.report.OpenReportPublishing;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ObservatoryTest
class DemoInterviewCasesTests {

	static final Set<String> ORGANISATIONS = Set.of("Limassol Digital Care Hospital", "Aegean Health Skills Institute",
			"Danube Medical University Centre", "Tyrrhenian University Hospital", "Baltic Digital Care Academy",
			"Carpathian Regional Health Authority", "Southern Jutland Health Region", "Valletta eHealth Association",
			"Iberian Health Technology Cluster");

	@Autowired
	DemoInterviewCases demo;

	@Autowired
	Organisations organisations;

	@Autowired
	PublishedCases library;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DemoOpenReport demoReport;

	@Autowired
	OpenReportPublishing reports;

	@Test
	void loadsThirtyCasesAcrossPartnersInVariousStatesOnceOnly() {
		this.transactions.executeWithoutResult((status) -> ORGANISATIONS.forEach((name) -> {
			if (this.organisations.findByName(name).isEmpty()) {
				this.organisations.save(new Organisation(name, OrganisationType.HOSPITAL, "CY"));
			}
		}));
		this.transactions.execute((status) -> this.demo.loadMissing());
		Integer addedAgain = this.transactions.execute((status) -> this.demo.loadMissing());
		assertThat(addedAgain).isZero();

		String demo = " from cases.interview_case c where c.consent_reference like 'DHSO-CF-2025-%'";
		String demoTechnologies = " from cases.interview_case c join cases.case_technology t on t.case_id = c.id"
				+ " where c.consent_reference like 'DHSO-CF-2025-%'";
		assertThat(count("select count(*)" + demo)).isGreaterThanOrEqualTo(30);
		assertThat(count("select count(distinct c.status)" + demo)).isGreaterThanOrEqualTo(5);
		assertThat(count("select count(distinct c.organisation_id)" + demo)).isEqualTo(9);
		assertThat(count("select count(distinct t.technology_code) from cases.interview_case c"
				+ " join cases.case_technology t on t.case_id = c.id where c.consent_reference like 'DHSO-CF-2025-%'"))
			.isGreaterThanOrEqualTo(8);

		LibraryPage troodos = this.library
			.search(new LibraryQuery("Troodos villages", null, null, null, null, null, null, null, null, 0));
		assertThat(troodos.hits()).extracting(LibraryPage.Hit::title)
			.contains("Video follow-up clinics for heart-failure patients in rural Cyprus");
		LibraryPage all = this.library.search(LibraryQuery.all());
		assertThat(all.facets().get("label")).extracting(LibraryPage.FacetValue::value)
			.contains("GOOD_PRACTICE", "PROMISING_PRACTICE");
		assertThat(count("select count(*) from cases.published_case p join cases.interview_case c on c.id = p.case_id"
				+ " where c.consent_scope = 'INTERNAL'"))
			.isZero();
	}

	@Test
	void everyDemoCaseSaysHowItsStaffWereTrainedAndTheLibraryCountsItsMethodsAndFormats() {
		this.transactions.executeWithoutResult((status) -> ORGANISATIONS.forEach((name) -> {
			if (this.organisations.findByName(name).isEmpty()) {
				this.organisations.save(new Organisation(name, OrganisationType.HOSPITAL, "CY"));
			}
		}));
		this.transactions.execute((status) -> this.demo.loadMissing());
		String demo = " from cases.interview_case c where c.consent_reference like 'DHSO-CF-2025-%'";
		// every demo case but the two drafts just started
		assertThat(count(
				"select count(*)" + demo + " and exists (select 1 from cases.case_training t where t.case_id = c.id)"))
			.isGreaterThanOrEqualTo(29);
		assertThat(count("select count(*) from cases.case_training t join cases.interview_case c on c.id = t.case_id"
				+ " where c.consent_reference like 'DHSO-CF-2025-%' and cardinality(t.competence_ids) = 0"))
			.isZero();
		LibraryPage all = this.library.search(LibraryQuery.all());
		assertThat(all.facets().get("trainingMethod")).extracting(LibraryPage.FacetValue::value)
			.contains("FORMAL_COURSE", "CHAMPIONS_NETWORK", "TRAIN_THE_TRAINER", "AT_THE_ELBOW");
		assertThat(all.facets().get("trainingFormat")).extracting(LibraryPage.FacetValue::value)
			.contains("WORKSHOP", "ELEARNING", "LIVING_LAB", "PEER_EXCHANGE", "CASE_STUDY");
		LibraryPage vendorTrained = this.library.search(new LibraryQuery(null, null, null, null, null, null, null, null,
				null, 0, LibraryQuery.PAGE_SIZE, "TRAIN_THE_TRAINER", "WORKSHOP"));
		assertThat(vendorTrained.hits()).extracting(LibraryPage.Hit::title)
			.contains("National e-prescription and patient summary rollout in Lithuanian primary care");
	}

	@Test
	void loadsOnePublishedOpenReportOverTheDemoCasesOnceOnly() {
		this.transactions.executeWithoutResult((status) -> ORGANISATIONS.forEach((name) -> {
			if (this.organisations.findByName(name).isEmpty()) {
				this.organisations.save(new Organisation(name, OrganisationType.HOSPITAL, "CY"));
			}
		}));
		this.transactions.execute((status) -> this.demo.loadMissing());
		this.transactions.execute((status) -> this.demoReport.loadMissing());
		Integer addedAgain = this.transactions.execute((status) -> this.demoReport.loadMissing());
		assertThat(addedAgain).isZero();
		OpenReport report = this.reports.published()
			.stream()
			.filter((r) -> r.getTitle().equals(DemoOpenReport.TITLE))
			.findFirst()
			.orElseThrow();
		assertThat(report.getContent().caseCount()).isGreaterThanOrEqualTo(15);
		assertThat(report.getContent().technologies()).hasSizeGreaterThanOrEqualTo(8);
		assertThat(report.getContent().skills()).isNotEmpty();
		assertThat(report.getContent().training().cases()).isGreaterThanOrEqualTo(15);
		assertThat(report.getContent().training().methods()).isNotEmpty();
		assertThat(report.getIntroduction()).isNotBlank();
		assertThat(report.getConclusions()).isNotBlank();
		// here only the case library answers for evidence: the report cites what it can
		assertThat(report.getCitations()).extracting(eu.dhso.core.evidence.CitedEvidence::kind)
			.containsExactly(eu.dhso.core.evidence.EvidenceKind.CASE);
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

}
