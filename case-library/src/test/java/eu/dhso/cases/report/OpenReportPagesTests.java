package eu.dhso.cases.report;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import eu.dhso.cases.CaseFixtures;
import eu.dhso.cases.domain.ConsentScope;
import eu.dhso.cases.domain.StaffTraining;
import eu.dhso.cases.domain.TrainingMethod;
import eu.dhso.cases.domain.TrainingProvider;
import eu.dhso.cases.workflow.CaseDrafts;
import eu.dhso.cases.workflow.CaseReview;
import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.Role;
import eu.dhso.core.taxonomy.TrainingFormat;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.PrintedPdf;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class OpenReportPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseDrafts drafts;

	@Autowired
	CaseReview review;

	@Autowired
	OpenReportPublishing reports;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	ReportPdf pdf;

	ObservatoryUser partner;

	ObservatoryUser editor;

	ObservatoryUser admin;

	@BeforeEach
	void setUp() {
		Organisation organisation = this.fixtures.organisation("LT");
		this.partner = this.fixtures.partner(organisation);
		this.editor = this.fixtures.editor();
		this.admin = new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null));
	}

	static String word() {
		return "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	@Test
	void anAdminDraftsPreviewsAndPublishesAReportThatEveryoneCanReadAndDownload() throws Exception {
		String title = "Report " + word();
		String caseTitle = "Robotic pharmacy " + word();
		Long caseId = this.fixtures.completeDraft(this.partner, caseTitle, "Start small", "ROBOTICS",
				ConsentScope.PUBLIC);
		this.drafts.edit(
				caseId, this.partner, this.drafts.load(caseId, this.partner).getVersion(), (
						c) -> c
							.describeTraining(
									List.of(new StaffTraining(TrainingMethod.TRAIN_THE_TRAINER,
											TrainingFormat.LIVING_LAB, 16, TrainingProvider.VENDOR, List.of())),
									Clock.systemUTC()));
		this.fixtures.publish(caseId, this.partner, this.editor);
		MvcResult created = this.mvc
			.perform(post("/cases/reports/manage").with(user(this.admin))
				.with(csrf())
				.param("title", title)
				.param("countries", "LT")
				.param("technologies", "ROBOTICS"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String manage = created.getResponse().getRedirectedUrl();
		Long id = Long.valueOf(manage.substring(manage.lastIndexOf('/') + 1));
		this.mvc
			.perform(post(manage).with(user(this.admin))
				.with(csrf())
				.param("version", "0")
				.param("title", title)
				.param("countries", "LT")
				.param("technologies", "ROBOTICS")
				.param("introduction", "Why robots <script>alert(1)</script>")
				.param("conclusions", "Robots need people"))
			.andExpect(redirectedUrl(manage));
		this.mvc.perform(get("/cases/reports/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get(manage + "/preview").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(caseTitle)))
			.andExpect(content().string(containsString("Why robots &lt;script&gt;")))
			.andExpect(content().string(containsString("D6.2")))
			// how staff were trained, as counts of cases
			.andExpect(content().string(containsString("How staff were trained")))
			.andExpect(content().string(containsString("Cases that describe how staff were trained: ")))
			.andExpect(content().string(containsString("Train the trainer (cascade)")))
			.andExpect(content().string(containsString("Real-living lab simulation")));
		this.mvc.perform(post(manage + "/publish").with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/cases/reports/" + id));
		this.mvc.perform(get("/cases/reports"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		this.mvc.perform(get("/cases/reports/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(caseTitle)))
			.andExpect(content().string(containsString("Robots need people")))
			.andExpect(content().string(containsString("Robotics")));
		byte[] pdf = this.mvc.perform(get("/cases/reports/" + id + ".pdf"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
	}

	@Test
	void aPublishedReportKeepsItsContentWhenTheCasesChangeLater() throws Exception {
		String caseTitle = "Snapshot case " + word();
		Long caseId = this.fixtures.published(this.partner, this.editor, caseTitle, "Lessons", "BLOCKCHAIN",
				ConsentScope.PUBLIC);
		ReportScope scope = new ReportScope(null, null, java.util.List.of("LT"), java.util.List.of("BLOCKCHAIN"));
		OpenReport report = this.reports.start("Snapshot " + word(), scope, "admin");
		this.reports.publish(report.getId(), "admin");
		this.review.archive(caseId, this.editor, "Outdated");
		assertThat(this.reports.draftContent(scope).abstracts()).noneMatch((a) -> a.caseId() == caseId);
		assertThat(this.reports.findPublished(report.getId()).getContent().abstracts())
			.anyMatch((a) -> a.caseId() == caseId && a.title().equals(caseTitle));
		this.mvc.perform(get("/cases/reports/" + report.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(caseTitle)));
	}

	@Test
	void thePdfPrintsGreekHeadingsInGreek() throws Exception {
		this.fixtures.published(this.partner, this.editor, "Greek PDF " + word(), "Lessons", "MHEALTH",
				ConsentScope.PUBLIC);
		OpenReport report = this.reports.start("Greek " + word(),
				new ReportScope(null, null, java.util.List.of("LT"), java.util.List.of("MHEALTH")), "admin");
		this.reports.publish(report.getId(), "admin");
		byte[] pdf = this.pdf.render(this.reports.findPublished(report.getId()), java.util.Locale.forLanguageTag("el"));
		PrintedPdf printed = PrintedPdf.of(pdf).isTaggedIn("el");
		assertThat(printed.text()).contains("Τάσεις των τεχνολογιών");
		// the kernel's toolkit numbers every page, in the reader's language
		assertThat(printed.text()).contains("Σελίδα 1 από " + printed.pages());
		this.mvc.perform(get("/cases/reports/" + report.getId() + ".pdf").param("lang", "el"))
			.andExpect(status().isOk());
	}

	@Test
	void onlyAdminsManageReportsAndDraftsStayPrivate() throws Exception {
		OpenReport draft = this.reports.start("Draft " + word(),
				new ReportScope(null, null, java.util.List.of(), java.util.List.of()), "admin");
		this.mvc.perform(get("/cases/reports/manage")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/cases/reports/manage").with(user(this.editor))).andExpect(status().isForbidden());
		this.mvc.perform(get("/cases/reports/manage").with(user(this.partner))).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/cases/reports/manage/" + draft.getId() + "/publish").with(user(this.editor)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/cases/reports/" + draft.getId())).andExpect(status().isNotFound());
		this.mvc.perform(get("/cases/reports/" + draft.getId() + ".pdf")).andExpect(status().isNotFound());
		this.mvc.perform(get("/cases/reports"))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(draft.getTitle()))));
		assertThat(this.reports.find(draft.getId()).isPublished()).isFalse();
	}

	@Test
	void aStaleSaveAnswers409AndKeepsTheInput() throws Exception {
		OpenReport draft = this.reports.start("Stale " + word(),
				new ReportScope(null, null, java.util.List.of(), java.util.List.of()), "admin");
		this.reports.describe(draft.getId(), 0, draft.getTitle(), draft.scope(), "First", null);
		this.mvc
			.perform(post("/cases/reports/manage/" + draft.getId()).with(user(this.admin))
				.with(csrf())
				.param("version", "0")
				.param("title", draft.getTitle())
				.param("introduction", "Second intro typed meanwhile"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Second intro typed meanwhile")));
		assertThat(this.reports.find(draft.getId()).getIntroduction()).isEqualTo("First");
	}

	@Test
	void aPeriodThatEndsBeforeItStartsIsRefusedNextToTheField() throws Exception {
		this.mvc
			.perform(post("/cases/reports/manage").with(user(this.admin))
				.with(csrf())
				.param("title", "Backwards " + word())
				.param("from", "2025-05-01")
				.param("to", "2025-01-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("to-errors")));
	}

	@Test
	void anAdminCitesAPublishedCaseThroughThePickerAndPublishingFreezesItsTitleAndVersion() throws Exception {
		String caseTitle = "Cited case " + word();
		Long caseId = this.fixtures.published(this.partner, this.editor, caseTitle, "Lessons", "ROBOTICS",
				ConsentScope.PUBLIC);
		OpenReport report = this.reports.start("Cited " + word(),
				new ReportScope(null, null, java.util.List.of("LT"), java.util.List.of("ROBOTICS")), "admin");
		String manage = "/cases/reports/manage/" + report.getId();
		this.mvc.perform(get(manage + "/cite").param("kind", "CASE").param("q", caseTitle).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("case:" + caseId)));
		this.mvc
			.perform(post(manage + "/cite").param("kind", "CASE")
				.param("reference", String.valueOf(caseId))
				.param("version", String.valueOf(report.getVersion()))
				.with(user(this.admin))
				.with(csrf()))
			.andExpect(redirectedUrl(manage))
			.andExpect(flash().attribute("success", "cases.cite.done"));
		this.mvc.perform(get(manage).with(user(this.admin)))
			.andExpect(content().string(containsString("case:" + caseId)));
		this.mvc.perform(post(manage + "/publish").with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/cases/reports/" + report.getId()));
		// the case leaves the library later: the published report still shows it as cited
		this.review.archive(caseId, this.editor, "Outdated");
		this.mvc.perform(get("/cases/reports/" + report.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-citation=\"case:" + caseId + "\"")))
			.andExpect(content().string(containsString("href=\"/cases/" + caseId + "\"")))
			.andExpect(content().string(containsString(caseTitle)))
			.andExpect(content().string(containsString("(version ")));
		this.mvc.perform(get(manage + "/cite").with(user(this.admin))).andExpect(status().isNotFound());
	}

	@Test
	void aDraftCitingUnknownEvidenceOrWritingAReferenceInItsTextIsRefusedNextToTheFieldAndKeepsTheInput()
			throws Exception {
		OpenReport report = this.reports.start("Refused " + word(), new ReportScope(null, null, null, null), "admin");
		String manage = "/cases/reports/manage/" + report.getId();
		this.mvc
			.perform(post(manage).with(user(this.admin))
				.with(csrf())
				.param("version", String.valueOf(report.getVersion()))
				.param("title", "Kept title")
				.param("introduction", "As {{indicator:no.such}} shows")
				.param("citations", "case:999999999\nprofile:NO_SUCH"))
			.andExpect(status().isOk())
			.andExpect(content().string(
					containsString("These citations name nothing the public can see: case:999999999 profile:NO_SUCH.")))
			.andExpect(content().string(containsString("A reference such as {{indicator:no.such}} is not looked up")))
			.andExpect(content().string(containsString("citations-errors")))
			.andExpect(content().string(containsString("Kept title")));
		assertThat(this.reports.find(report.getId()).getCitations()).isEmpty();
		assertThat(this.reports.find(report.getId()).getIntroduction()).isNull();
	}

	@Test
	void evidenceThatIsNoLongerPublicStopsThePublicationOfAnOpenReport() throws Exception {
		Long caseId = this.fixtures.published(this.partner, this.editor, "Soon archived " + word(), "Lessons",
				"ROBOTICS", ConsentScope.PUBLIC);
		OpenReport report = this.reports.start("Blocked " + word(), new ReportScope(null, null, null, null), "admin");
		this.reports.cite(report.getId(), report.getVersion(), eu.dhso.core.evidence.EvidenceKind.CASE,
				String.valueOf(caseId), "admin");
		this.review.archive(caseId, this.editor, "Outdated");
		String manage = "/cases/reports/manage/" + report.getId();
		this.mvc.perform(post(manage + "/publish").with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl(manage))
			.andExpect(flash().attribute("error", "cases.report.citations.uncitable"));
		assertThat(this.reports.find(report.getId()).isPublished()).isFalse();
	}

}
