package eu.dhso.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.dhso.cases.domain.ConsentScope;
import eu.dhso.cases.domain.CriterionScore;
import eu.dhso.cases.domain.ImplementationPeriod;
import eu.dhso.cases.domain.ImplementationStage;
import eu.dhso.cases.domain.Indicator;
import eu.dhso.cases.domain.Interview;
import eu.dhso.cases.domain.Interviewee;
import eu.dhso.cases.domain.SkillNeed;
import eu.dhso.cases.report.OpenReport;
import eu.dhso.cases.report.OpenReportPublishing;
import eu.dhso.cases.report.ReportContent.CaseAbstract;
import eu.dhso.cases.report.ReportScope;
import eu.dhso.cases.workflow.CaseDrafts;
import eu.dhso.cases.workflow.CaseReview;
import eu.dhso.cases.workflow.CompetenceIndex;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;

/**
 * Issue 13: a published PUBLIC case revised to narrower consent kept showing "Nurse:
 * <name>" in the public library until the revision was published, and could be neither
 * archived nor withdrawn meanwhile. Each test narrows consent through the partner's form
 * and reads everything the public reads of the case right after the save.
 */
@ObservatoryTest
class ConsentNarrowingTests {

	static final String ORGANISATION = "Tyrrhenian University Hospital";

	@Autowired
	MockMvc mvc;

	@Autowired
	CaseDrafts drafts;

	@Autowired
	CaseReview review;

	@Autowired
	OpenReportPublishing reports;

	@Autowired
	CompetenceIndex competences;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	ObservatoryUser partner;

	ObservatoryUser editor;

	String word;

	String nurse;

	@BeforeEach
	void setUp() {
		this.partner = new ObservatoryUser(this.accounts.findByUsernameIgnoreCase("partner").orElseThrow());
		this.editor = new ObservatoryUser(this.accounts.findByUsernameIgnoreCase("editor").orElseThrow());
		String unique = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		this.word = "Consentword" + unique;
		this.nurse = "Ottavia Quintavalle " + unique;
	}

	@Test
	void revisingAPublicCaseToInternalConsentTakesItOutOfEveryPublicViewAtOnce() throws Exception {
		long id = publishedCase(ConsentScope.PUBLIC, List.of(new Interviewee("Nurse", this.nurse)));
		String title = titleOf(id);
		assertThat(read(get("/cases/" + id))).contains("Nurse: " + this.nurse).contains(ORGANISATION);
		assertThat(read(get("/cases").param("q", this.word))).contains(title);
		assertThat(read(get("/api/v1/cases"))).contains(title);

		revise(id);
		saveInterviews(id, ConsentScope.INTERNAL, Map.of("Nurse", this.nurse));

		assertThat(this.mvc.perform(get("/cases/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(read(get("/cases").param("q", this.word))).doesNotContain(title);
		assertThat(read(get("/cases/export.csv").param("q", this.word))).doesNotContain(title);
		assertThat(read(get("/api/v1/cases"))).doesNotContain(title);
		assertThat(read(get("/api/v1/cases.csv"))).doesNotContain(title);
		assertThat(read(get("/lab/catalogue").param("q", this.word))).doesNotContain(title);
		// the editors are told, and the change is audited
		assertThat(read(get("/cases/review").with(user(this.editor)))).contains(title)
			.contains("taken out of the public library");
		assertThat(this.jdbc
			.sql("select detail from core.audit_entry where action = 'case.consentNarrowed' and object_id = :id")
			.param("id", String.valueOf(id))
			.query(String.class)
			.list()).containsExactly("OFFLINE");
	}

	@Test
	void narrowingPublicConsentToAnonymisedHidesNamesAndOrganisationAtOnce() throws Exception {
		long id = publishedCase(ConsentScope.PUBLIC, List.of(new Interviewee("Nurse", this.nurse)));
		OpenReport report = openReportCovering(id);
		assertThat(abstractOf(report.getId(), id).organisation()).isEqualTo(ORGANISATION);

		revise(id);
		saveInterviews(id, ConsentScope.ANONYMISED, Map.of("Nurse", this.nurse));

		String page = read(get("/cases/" + id));
		assertThat(page).contains(titleOf(id)).doesNotContain(this.nurse).doesNotContain(ORGANISATION);
		assertThat(read(get("/cases").param("q", this.word))).contains(titleOf(id)).doesNotContain(ORGANISATION);
		// the organisation's name no longer finds the case either
		assertThat(read(get("/cases/export.csv").param("q", this.word))).contains(titleOf(id))
			.doesNotContain(ORGANISATION);
		assertThat(read(get("/cases/export.csv").param("q", this.word + " Tyrrhenian"))).doesNotContain(titleOf(id));
		assertThat(abstractOf(report.getId(), id).organisation()).isNull();
		assertThat(read(get("/cases/review").with(user(this.editor)))).contains(titleOf(id))
			.contains("names and organisation hidden");
	}

	@Test
	void removingOneIntervieweesNameHidesItAtOnceAndKeepsTheOthers() throws Exception {
		String colleague = "Bartolomeo Esposito " + this.word;
		long id = publishedCase(ConsentScope.PUBLIC,
				List.of(new Interviewee("Nurse", this.nurse), new Interviewee("Physician", colleague)));

		revise(id);
		saveInterviews(id, ConsentScope.PUBLIC, Map.of("Nurse", "", "Physician", colleague));

		assertThat(read(get("/cases/" + id))).doesNotContain(this.nurse)
			.contains("Physician: " + colleague)
			.contains(ORGANISATION);
		assertThat(read(get("/cases/review").with(user(this.editor)))).contains(titleOf(id))
			.contains("names of interviewees who withdrew consent hidden");
	}

	@Test
	void wideningConsentWaitsForTheNextPublication() throws Exception {
		long id = publishedCase(ConsentScope.ANONYMISED, List.of(new Interviewee("Nurse", this.nurse)));
		revise(id);
		this.mvc.perform(interviews(id, ConsentScope.PUBLIC, Map.of("Nurse", this.nurse)))
			.andExpect(flash().attribute("success", "cases.draftSaved"));
		assertThat(read(get("/cases/" + id))).doesNotContain(this.nurse).doesNotContain(ORGANISATION);
	}

	@Test
	void aPublishedCaseUnderRevisionCanBeArchivedByAnEditor() throws Exception {
		long id = publishedCase(ConsentScope.PUBLIC, List.of(new Interviewee("Nurse", this.nurse)));
		revise(id);
		this.mvc.perform(post("/cases/review/" + id + "/archive").with(user(this.editor)).with(csrf()))
			.andExpect(flash().attribute("success", "cases.review.archived"));
		assertThat(this.mvc.perform(get("/cases/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void aPublishedCaseUnderRevisionCanBeWithdrawnByItsPartner() throws Exception {
		long id = publishedCase(ConsentScope.PUBLIC, List.of(new Interviewee("Nurse", this.nurse)));
		revise(id);
		this.mvc
			.perform(post("/cases/my/" + id + "/withdraw").param("reason", "Consent withdrawn")
				.with(user(this.partner))
				.with(csrf()))
			.andExpect(flash().attribute("success", "cases.withdrawn"));
		assertThat(this.mvc.perform(get("/cases/" + id)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(read(get("/api/v1/cases"))).doesNotContain(titleOf(id));
	}

	private void revise(long id) throws Exception {
		this.mvc.perform(post("/cases/my/" + id + "/revise").with(user(this.partner)).with(csrf()))
			.andExpect(flash().attribute("success", "cases.revising"));
	}

	private void saveInterviews(long id, ConsentScope scope, Map<String, String> namesByRole) throws Exception {
		this.mvc.perform(interviews(id, scope, namesByRole))
			.andExpect(flash().attribute("success", "cases.consentNarrowed.saved"));
	}

	/** The partner's interview step, as the form posts it. */
	private MockHttpServletRequestBuilder interviews(long id, ConsentScope scope, Map<String, String> namesByRole) {
		MockHttpServletRequestBuilder request = post("/cases/my/" + id + "/edit/interviews").with(user(this.partner))
			.with(csrf())
			.param("version", String.valueOf(this.drafts.load(id, this.partner).getVersion()))
			.param("interviewDate", "2025-04-01")
			.param("interviewer", "Interviewer")
			.param("consentReference", "CF-" + id)
			.param("consentScope", scope.name());
		int row = 0;
		for (Map.Entry<String, String> interviewee : new java.util.TreeMap<>(namesByRole).entrySet()) {
			request.param("interviewees[" + row + "].role", interviewee.getKey())
				.param("interviewees[" + row + "].name", interviewee.getValue());
			row++;
		}
		return request;
	}

	private String read(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

	private String titleOf(long id) {
		return "Telemonitoring " + this.word + " " + id;
	}

	private OpenReport openReportCovering(long id) {
		OpenReport report = this.reports.start("Consent report " + this.word,
				new ReportScope(LocalDate.now(java.time.ZoneOffset.UTC), null, List.of("IT"), List.of("TELEHEALTH")),
				"admin");
		return this.reports.publish(report.getId(), "admin");
	}

	private CaseAbstract abstractOf(long reportId, long caseId) {
		return this.reports.findPublished(reportId)
			.getContent()
			.abstracts()
			.stream()
			.filter((a) -> a.caseId() == caseId)
			.findFirst()
			.orElseThrow();
	}

	/** A complete case of the demo partner taken through review and published. */
	private long publishedCase(ConsentScope scope, List<Interviewee> interviewees) {
		Clock clock = Clock.systemUTC();
		Long id = this.drafts.start(this.partner, "Telemonitoring " + this.word,
				(c) -> c.describeBasics("Telemonitoring " + this.word, "Home monitoring with " + this.word, "HOSPITAL",
						new ImplementationPeriod(LocalDate.of(2023, 3, 1), null), ImplementationStage.PILOT,
						List.of("TELEHEALTH"), List.of("NURSE"), clock))
			.getId();
		Long competence = this.competences.all()
			.stream()
			.filter((c) -> c.code().equals("D6.2"))
			.findFirst()
			.orElseThrow()
			.id();
		this.drafts.edit(id, this.partner, this.drafts.load(id, this.partner).getVersion(), (c) -> {
			c.describeBasics(titleOf(id), "Home monitoring with " + this.word, "HOSPITAL",
					new ImplementationPeriod(LocalDate.of(2023, 3, 1), null), ImplementationStage.PILOT,
					List.of("TELEHEALTH"), List.of("NURSE"), clock);
			c.describeContext("Patients waited too long", "A new digital service", clock);
			c.describeOutcomes("Fewer admissions", "Old hardware", "Committed nurses", "Start small",
					List.of(new Indicator("Admissions", "12", "%", "18", "Hospital statistics")), clock);
			c.listSkills(List.of(new SkillNeed(competence, 3, "Video consultations")), clock);
			c.recordInterview(new Interview(LocalDate.of(2025, 4, 1), "Interviewer", "CF-" + id, scope), interviewees,
					clock);
		});
		this.drafts.submit(id, this.partner);
		this.review.startReview(id, this.editor);
		this.review.assess(id, this.editor,
				this.review.criteria().stream().map((c) -> new CriterionScore(c.getCode(), 3, "Strong")).toList());
		this.review.approve(id, this.editor);
		this.review.publish(id, this.editor);
		return id;
	}

}
