package eu.dhso.lab.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccount;
import eu.dhso.core.indicator.IndicatorSource;
import eu.dhso.core.indicator.IndicatorSource.IndicatorValue;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.PrintedPdf;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.lab.LabFixtures;
import eu.dhso.lab.cohort.CohortMembership;
import eu.dhso.lab.cohort.CohortPlanning;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.SessionFields;
import eu.dhso.lab.cohort.EnrolmentStatus;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.SchemeDrafts;
import eu.dhso.lab.scheme.SchemeReview;
import eu.dhso.lab.scheme.SchemeSnapshot;
import eu.dhso.lab.scheme.SchemeTranslating;
import eu.dhso.skills.LearningRecommendations;
import eu.dhso.skills.LearningRecommendations.CompetenceGap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The lab's pages through the real security chain: trainers manage only their own
 * cohorts, participants see only their own results, editors publish.
 */
@ObservatoryTest
class LabPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	SchemeDrafts schemes;

	@Autowired
	SchemeReview review;

	@Autowired
	PublishedSchemes published;

	@Autowired
	CohortViews cohorts;

	@Autowired
	CohortPlanning planning;

	@Autowired
	CohortMembership membership;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ObjectProvider<LearningRecommendations> recommendations;

	@Autowired
	List<IndicatorSource> indicators;

	@Autowired
	SchemeTranslating translating;

	ObservatoryUser trainer;

	ObservatoryUser otherTrainer;

	ObservatoryUser editor;

	ObservatoryUser professional;

	ObservatoryUser otherProfessional;

	UserAccount professionalAccount;

	@BeforeEach
	void people() {
		this.trainer = new ObservatoryUser(TestAccounts.create(this.accounts, Role.TRAINER, null));
		this.otherTrainer = new ObservatoryUser(TestAccounts.create(this.accounts, Role.TRAINER, null));
		this.editor = new ObservatoryUser(TestAccounts.create(this.accounts, Role.EDITOR, null));
		this.professionalAccount = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null);
		this.professional = new ObservatoryUser(this.professionalAccount);
		this.otherProfessional = new ObservatoryUser(TestAccounts.create(this.accounts, Role.PROFESSIONAL, null));
	}

	static RequestPostProcessor as(ObservatoryUser user) {
		return user(user);
	}

	@Test
	void aTrainerTranslatesASchemeTitleThatGreekReadersSeeWithUntranslatedTitlesMarkedEnglish() throws Exception {
		String title = LabFixtures.unique("Digital empathy ");
		SchemeSnapshot scheme = LabFixtures.publishedScheme(this.schemes, this.review, this.trainer, this.editor,
				title);
		long id = scheme.schemeId();
		String module = scheme.modules().get(0).title();
		long moduleId = scheme.modules().get(0).moduleId();
		this.mvc.perform(get("/lab/schemes/" + id).param("lang", "el"))
			.andExpect(content().string(containsString("<span lang=\"en\">" + title + "</span>")))
			.andExpect(content().string(containsString("class=\"untranslated\"")));
		assertThat(this.translating.missing("el")).anyMatch((m) -> m.subject().equals(title));

		String page = "/lab/translations/schemes/" + id;
		this.mvc.perform(get(page).param("to", "el").with(as(this.trainer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		String stamp = this.translating.schemeSheet(this.trainer, id, "el").stamp();
		String greek = "Ψηφιακή ενσυναίσθηση " + title.substring(title.length() - 8);
		this.mvc
			.perform(post(page).with(as(this.trainer))
				.param("language", "el")
				.param("stamp", stamp)
				.param("texts[TITLE]", greek))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post(page).with(as(this.trainer))
				.with(csrf())
				.param("language", "el")
				.param("stamp", stamp)
				.param("texts[TITLE]", greek))
			.andExpect(redirectedUrl(page + "?to=el"));
		// a save over a sheet read before someone else's save keeps what was typed
		this.mvc
			.perform(post(page).with(as(this.editor))
				.with(csrf())
				.param("language", "el")
				.param("stamp", stamp)
				.param("texts[TITLE]", "Παλιό φύλλο"))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("Παλιό φύλλο")));

		// the scheme's title in Greek; its module's, not yet translated, in English and
		// marked
		this.mvc.perform(get("/lab/schemes/" + id).param("lang", "el"))
			.andExpect(content().string(containsString("<h1>" + greek + "</h1>")))
			.andExpect(content().string(containsString("<span lang=\"en\">" + module + "</span>")));
		this.mvc.perform(get("/lab/catalogue").param("q", title).param("lang", "el"))
			.andExpect(content().string(containsString(greek)));
		assertThat(this.translating.missing("el")).noneMatch((m) -> m.subject().equals(title))
			.anyMatch((m) -> m.subject().equals(module));

		String modulePage = page + "/modules/" + moduleId;
		this.mvc
			.perform(post(modulePage).with(as(this.trainer))
				.with(csrf())
				.param("language", "el")
				.param("stamp", this.translating.moduleSheet(this.trainer, id, moduleId, "el").stamp())
				.param("texts[TITLE]", "Τηλεσυμβουλευτική"))
			.andExpect(redirectedUrl(modulePage + "?to=el"));
		long outcomeId = scheme.modules().get(0).outcomes().get(0).outcomeId();
		String outcomePage = page + "/outcomes/" + outcomeId;
		this.mvc
			.perform(post(outcomePage).with(as(this.trainer))
				.with(csrf())
				.param("language", "el")
				.param("stamp", this.translating.outcomeSheet(this.trainer, id, outcomeId, "el").stamp())
				.param("texts[DESCRIPTION]", "Διεξάγει με ασφάλεια μια εξ αποστάσεως επίσκεψη"))
			.andExpect(redirectedUrl(outcomePage + "?to=el"));
		// the second outcome is not translated yet: English, marked
		this.mvc.perform(get("/lab/modules/" + moduleId).param("lang", "el"))
			.andExpect(content().string(containsString("<h1>Τηλεσυμβουλευτική</h1>")))
			.andExpect(content().string(containsString(greek)))
			.andExpect(content().string(containsString("Διεξάγει με ασφάλεια μια εξ αποστάσεως επίσκεψη")))
			.andExpect(content().string(containsString("<span lang=\"en\">Explains home-monitoring data</span>")));
		// English readers read the source, unmarked
		this.mvc.perform(get("/lab/schemes/" + id).param("lang", "en"))
			.andExpect(content().string(containsString("<h1>" + title + "</h1>")))
			.andExpect(content().string(not(containsString("untranslated"))));

		// editors translate any scheme; other trainers and professionals none
		this.mvc.perform(get(modulePage).with(as(this.editor))).andExpect(status().isOk());
		this.mvc.perform(get(page).with(as(this.otherTrainer))).andExpect(status().isNotFound());
		this.mvc.perform(get(page).with(as(this.professional))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(page).with(as(this.professional))
				.with(csrf())
				.param("language", "el")
				.param("texts[TITLE]", "Εισβολή"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aTrainerDraftsASchemeAndAnEditorPublishesIt() throws Exception {
		String title = LabFixtures.unique("Empathy online ");
		MvcResult created = this.mvc
			.perform(post("/lab/manage/schemes").with(as(this.trainer))
				.with(csrf())
				.param("title", title)
				.param("aims", "Warm and safe remote care")
				.param("language", "en")
				.param("workloadHours", "8")
				.param("professions", "NURSE"))
			.andExpect(status().is3xxRedirection())
			.andReturn();
		String editPath = created.getResponse().getRedirectedUrl();
		long id = Long.parseLong(editPath.substring(editPath.lastIndexOf('/') + 1));
		this.mvc
			.perform(post(editPath + "/modules").with(as(this.trainer))
				.with(csrf())
				.param("title", "Video consultations")
				.param("summary", "Opening, safety-netting, closing"))
			.andExpect(status().is3xxRedirection());
		long module = this.schemes.draft(id).orElseThrow().modules().get(0).id();
		this.mvc
			.perform(post(editPath + "/modules/" + module + "/outcomes").with(as(this.trainer))
				.with(csrf())
				.param("competence", "S1.1")
				.param("level", "3")
				.param("description", "Runs a remote consultation"))
			.andExpect(flash().attribute("success", "lab.outcome.added"));
		this.mvc
			.perform(post(editPath + "/modules/" + module + "/activities").with(as(this.trainer))
				.with(csrf())
				.param("title", "Role play")
				.param("type", "WORKSHOP")
				.param("delivery", "ON_SITE")
				.param("minutes", "90"))
			.andExpect(flash().attribute("success", "lab.activity.added"));
		// issue 18: a case study's case is picked from the published cases, not typed as
		// a number, and a case the public cannot see is refused
		this.mvc.perform(get(editPath).with(as(this.trainer)))
			.andExpect(content().string(containsString("<select id=\"case-" + module + "\" name=\"caseId\">")))
			.andExpect(content().string(not(containsString("type=\"number\" id=\"case-"))));
		this.mvc
			.perform(post(editPath + "/modules/" + module + "/activities").with(as(this.trainer))
				.with(csrf())
				.param("title", "Reading")
				.param("type", "CASE_STUDY")
				.param("delivery", "ONLINE")
				.param("minutes", "30")
				.param("caseId", "999999"))
			.andExpect(flash().attribute("error", "lab.activity.error.case"));
		assertThat(this.schemes.draft(id).orElseThrow().modules().get(0).activities()).hasSize(1);
		// another trainer does not even see the draft; a professional may not open the
		// pages
		this.mvc.perform(get(editPath).with(as(this.otherTrainer))).andExpect(status().isNotFound());
		this.mvc.perform(get("/lab/manage/schemes").with(as(this.professional))).andExpect(status().isForbidden());
		this.mvc.perform(get("/lab/manage/schemes")).andExpect(status().is3xxRedirection());
		// trainers submit; only editors publish
		this.mvc.perform(post(editPath + "/submit").with(as(this.trainer)).with(csrf()))
			.andExpect(flash().attribute("success", "lab.scheme.submitted"));
		this.mvc.perform(post("/lab/review/" + id + "/publish").with(as(this.trainer)).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/lab/review").with(as(this.editor))).andExpect(content().string(containsString(title)));
		this.mvc.perform(post("/lab/review/" + id + "/publish").with(as(this.editor)).with(csrf()))
			.andExpect(redirectedUrl("/lab/schemes/" + id));
		this.mvc.perform(get("/lab/schemes/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)));
		this.mvc.perform(get("/lab/modules/" + module)).andExpect(status().isOk());
		this.mvc.perform(get("/lab/catalogue").param("q", title.substring(title.length() - 8)))
			.andExpect(content().string(containsString(title)));
		// an interview case links here by the format its staff were trained in
		this.mvc
			.perform(get("/lab/catalogue").param("q", title.substring(title.length() - 8))
				.param("activityFormat", "WORKSHOP"))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Activity format")))
			.andExpect(content().string(containsString("Synchronous workshop")));
		this.mvc
			.perform(get("/lab/catalogue").param("q", title.substring(title.length() - 8))
				.param("activityFormat", "ELEARNING"))
			.andExpect(content().string(not(containsString(title))));
		// rows projected before the formats were kept get them from the published
		// version, as migration lab/V10 does
		this.jdbc.sql("update lab.catalogue_item set activity_formats = '{}' where scheme_id = :id")
			.param("id", id)
			.update();
		String migration = new String(
				new org.springframework.core.io.ClassPathResource(
						"db/migration/lab/V10__catalogue_activity_formats.sql")
					.getContentAsByteArray(),
				java.nio.charset.StandardCharsets.UTF_8);
		this.jdbc.sql(migration.substring(migration.indexOf("update lab.catalogue_item"))).update();
		assertThat(this.jdbc
			.sql("select kind, array_to_string(activity_formats, ' ') from lab.catalogue_item"
					+ " where scheme_id = :id order by kind")
			.param("id", id)
			.query((rs, row) -> rs.getString(1) + ":" + rs.getString(2))
			.list()).containsExactly("module:WORKSHOP", "scheme:WORKSHOP");
		// a later edit changes the working copy, not the published version
		this.schemes.describe(this.trainer, id, this.schemes.editable(this.trainer, id).version(),
				new eu.dhso.lab.scheme.SchemeFields("Renamed " + title, "x", List.of(), "en", 8, false, false));
		this.mvc.perform(get("/lab/schemes/" + id)).andExpect(content().string(not(containsString("Renamed "))));
	}

	@Test
	void aTrainerManagesOnlyTheirOwnCohorts() throws Exception {
		SchemeSnapshot scheme = LabFixtures.publishedScheme(this.schemes, this.review, this.trainer, this.editor,
				LabFixtures.unique("Scheme "));
		LocalDate today = LocalDate.now();
		long cohort = LabFixtures.cohort(this.planning, this.published, this.trainer, scheme, 25, today,
				today.plusDays(30));
		long session = this.planning.addSession(this.trainer, cohort,
				new SessionFields("Kick-off", today, LocalTime.of(9, 0), LocalTime.of(11, 0), "Room 1", null));
		String manage = "/lab/manage/cohorts/" + cohort;
		this.mvc.perform(get(manage).with(as(this.trainer))).andExpect(status().isOk());
		this.mvc.perform(get(manage).with(as(this.otherTrainer))).andExpect(status().isNotFound());
		this.mvc
			.perform(post(manage + "/sessions").with(as(this.otherTrainer))
				.with(csrf())
				.param("title", "Hijack")
				.param("date", today.toString())
				.param("start", "10:00")
				.param("end", "11:00"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(post(manage + "/sessions/" + session + "/attendance").with(as(this.otherTrainer))
				.with(csrf())
				.param("present", "1"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/lab/evaluation/cohorts/" + cohort).with(as(this.otherTrainer)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/lab/evaluation/cohorts/" + cohort).with(as(this.trainer))).andExpect(status().isOk());
		this.mvc.perform(get("/lab/evaluation/cohorts/" + cohort).with(as(this.editor))).andExpect(status().isOk());
		this.mvc.perform(get("/lab/evaluation").with(as(this.otherTrainer)))
			.andExpect(content().string(not(containsString("/lab/evaluation/cohorts/" + cohort + "\""))));
		this.mvc.perform(get(manage).with(as(this.professional))).andExpect(status().isForbidden());
	}

	@Test
	void aParticipantSeesOnlyTheirOwnResults() throws Exception {
		SchemeSnapshot scheme = LabFixtures.publishedScheme(this.schemes, this.review, this.trainer, this.editor,
				LabFixtures.unique("Scheme "));
		LocalDate today = LocalDate.now();
		long cohort = LabFixtures.cohort(this.planning, this.published, this.trainer, scheme, 25, today.plusDays(1),
				today.plusDays(30));
		this.mvc.perform(post("/lab/cohorts/" + cohort + "/enrol").with(as(this.professional)).with(csrf()))
			.andExpect(flash().attribute("success", "lab.enrol.done.ENROLLED"));
		this.mvc.perform(get("/lab/my/cohorts/" + cohort).with(as(this.professional)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"own-results\"")));
		this.mvc.perform(get("/lab/my/cohorts/" + cohort).with(as(this.otherProfessional)))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/lab/evaluation/cohorts/" + cohort).with(as(this.professional)))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/lab/my/cohorts/" + cohort + "/certificate.pdf").with(as(this.professional)))
			.andExpect(status().isNotFound());
		long module = scheme.modules().get(0).moduleId();
		this.mvc
			.perform(post("/lab/my/cohorts/" + cohort + "/feedback/" + module).with(as(this.otherProfessional))
				.with(csrf())
				.param("relevance", "5")
				.param("clarity", "5")
				.param("applicability", "5")
				.param("facilitation", "5")
				.param("overall", "5"))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/lab/my").with(as(this.otherProfessional)))
			.andExpect(content().string(not(containsString("/lab/my/cohorts/" + cohort))));
	}

	@Test
	void theWaitlistFillsAFreedPlaceInOrder() throws Exception {
		SchemeSnapshot scheme = LabFixtures.publishedScheme(this.schemes, this.review, this.trainer, this.editor,
				LabFixtures.unique("Scheme "));
		LocalDate today = LocalDate.now();
		long cohort = LabFixtures.cohort(this.planning, this.published, this.trainer, scheme, 1, today,
				today.plusDays(7));
		ObservatoryUser third = new ObservatoryUser(TestAccounts.create(this.accounts, Role.PROFESSIONAL, null));
		this.mvc.perform(post("/lab/cohorts/" + cohort + "/enrol").with(as(this.professional)).with(csrf()))
			.andExpect(flash().attribute("success", "lab.enrol.done.ENROLLED"));
		this.mvc.perform(post("/lab/cohorts/" + cohort + "/enrol").with(as(this.otherProfessional)).with(csrf()))
			.andExpect(flash().attribute("success", "lab.enrol.done.WAITLISTED"));
		this.mvc.perform(post("/lab/cohorts/" + cohort + "/enrol").with(as(third)).with(csrf()))
			.andExpect(flash().attribute("success", "lab.enrol.done.WAITLISTED"));
		this.mvc.perform(post("/lab/cohorts/" + cohort + "/withdraw").with(as(this.professional)).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.cohorts.placeOf(this.otherProfessional.getAccountId(), cohort).orElseThrow().status())
			.isEqualTo(EnrolmentStatus.ENROLLED);
		assertThat(this.cohorts.placeOf(third.getAccountId(), cohort).orElseThrow().waitlistPosition()).isEqualTo(1);
		// more capacity promotes the rest
		this.mvc
			.perform(post("/lab/manage/cohorts/" + cohort + "/capacity").with(as(this.trainer))
				.with(csrf())
				.param("capacity", "2")
				.param("open", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.cohorts.placeOf(third.getAccountId(), cohort).orElseThrow().status())
			.isEqualTo(EnrolmentStatus.ENROLLED);
	}

	@Test
	void attendanceAndActivitiesCompleteTheCohortWithACertificate() throws Exception {
		SchemeSnapshot scheme = LabFixtures.publishedScheme(this.schemes, this.review, this.trainer, this.editor,
				LabFixtures.unique("Scheme "));
		LocalDate today = LocalDate.now();
		long cohort = LabFixtures.cohort(this.planning, this.published, this.trainer, scheme, 25, today,
				today.plusDays(7));
		long session = this.planning.addSession(this.trainer, cohort,
				new SessionFields("Workshop", today, LocalTime.of(9, 0), LocalTime.of(12, 0), "Lab", null));
		this.membership.enrol(this.professional, cohort, false);
		long enrolment = this.cohorts.placeOf(this.professional.getAccountId(), cohort).orElseThrow().enrolmentId();
		String attendancePage = "/lab/manage/cohorts/" + cohort + "/sessions/" + session + "/attendance";
		this.mvc.perform(get(attendancePage).with(as(this.trainer)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Test PROFESSIONAL")));
		this.mvc.perform(get(attendancePage).with(as(this.otherTrainer))).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/lab/manage/cohorts/" + cohort + "/sessions/" + session + "/attendance")
				.with(as(this.trainer))
				.with(csrf())
				.param("present", String.valueOf(enrolment)))
			.andExpect(flash().attribute("success", "lab.attendance.saved"));
		long module = scheme.modules().get(0).moduleId();
		this.mvc
			.perform(post("/lab/my/cohorts/" + cohort + "/activities").with(as(this.professional))
				.with(csrf())
				.param("moduleId", String.valueOf(module))
				.param("activityNo", "2")
				.param("done", "true"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/lab/my/cohorts/" + cohort + "/certificate.pdf").with(as(this.professional)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		byte[] greek = this.mvc
			.perform(get("/lab/my/cohorts/" + cohort + "/certificate.pdf").param("lang", "el")
				.with(as(this.professional)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(PrintedPdf.of(greek).isTaggedIn("el").text()).contains("Βεβαίωση ολοκλήρωσης", "Σελίδα 1 από 1");
		// the feedback survey, once per module
		var feedback = post("/lab/my/cohorts/" + cohort + "/feedback/" + module).with(as(this.professional))
			.with(csrf())
			.param("relevance", "4")
			.param("clarity", "5")
			.param("applicability", "4")
			.param("facilitation", "5")
			.param("overall", "4")
			.param("activity.WORKSHOP", "5")
			.param("comment", "Very practical");
		this.mvc.perform(feedback).andExpect(flash().attribute("success", "lab.feedback.thanks"));
		this.mvc.perform(feedback).andExpect(flash().attribute("error", "lab.feedback.error.already"));
		// one respondent: the report hides the figures
		this.mvc.perform(get("/lab/evaluation/cohorts/" + cohort).with(as(this.trainer)))
			.andExpect(content().string(containsString("fewer than 5")))
			.andExpect(content().string(not(containsString("Very practical"))));
		byte[] evaluation = this.mvc
			.perform(get("/lab/evaluation/cohorts/" + cohort + "/report.pdf").with(as(this.trainer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(PrintedPdf.of(evaluation).isTaggedIn("en").text()).contains("Page 1 of");
		byte[] greekEvaluation = this.mvc
			.perform(
					get("/lab/evaluation/cohorts/" + cohort + "/report.pdf").param("lang", "el").with(as(this.trainer)))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		assertThat(PrintedPdf.of(greekEvaluation).isTaggedIn("el").text()).contains("Σελίδα 1 από");
		this.mvc.perform(get("/lab/cohorts/" + cohort + "/sessions.ics"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("SUMMARY:Workshop")));
	}

	@Test
	void aCertificatesQrCodeLeadsToAPublicCheckThatShowsAWithdrawal() throws Exception {
		long cohort = completedCohort();
		String certificate = "/lab/my/cohorts/" + cohort + "/certificate.pdf";
		PrintedPdf printed = PrintedPdf
			.of(this.mvc.perform(get(certificate).param("lang", "el").with(as(this.professional)))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsByteArray());
		printed.isTaggedIn("el");
		String link = printed.qrCode(1);
		assertThat(link).matches("https?://[^/]+/certificates/[a-z0-9]{20}");
		String check = link.substring(link.indexOf("/certificates/"));
		String code = check.substring("/certificates/".length());
		assertThat(printed.text().replaceAll("\\s+", " ")).contains("Βεβαίωση ολοκλήρωσης", "Test PROFESSIONAL", code,
				link, "Εκδόθηκε στις", "Ικανότητες που καλύπτονται", "έκδοση 1");
		// asking again gives the same certificate, not a new one
		assertThat(PrintedPdf
			.of(this.mvc.perform(get(certificate).with(as(this.professional)))
				.andReturn()
				.getResponse()
				.getContentAsByteArray())
			.qrCode(1)).isEqualTo(link);
		// anyone with the code sees what it states and that it holds, and nothing to act
		// on
		this.mvc.perform(get(check))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Robots-Tag", "noindex"))
			.andExpect(content().string(containsString("data-status=\"VALID\"")))
			.andExpect(content().string(containsString("Test PROFESSIONAL")))
			.andExpect(content().string(not(containsString("/withdraw"))));
		this.mvc.perform(get("/certificates/abcdefghjkmnpqrstuvw")).andExpect(status().isNotFound());
		// neither the holder nor another cohort's trainer may withdraw it
		this.mvc.perform(post(check + "/withdraw").with(as(this.professional)).with(csrf()).param("reason", "x"))
			.andExpect(status().isForbidden());
		this.mvc.perform(post(check + "/withdraw").with(as(this.otherTrainer)).with(csrf()).param("reason", "x"))
			.andExpect(status().isNotFound());
		// the cohort's trainer sees it on the cohort page and withdraws it, with a reason
		this.mvc.perform(get("/lab/manage/cohorts/" + cohort).with(as(this.trainer)))
			.andExpect(content().string(containsString(check)));
		this.mvc.perform(get(check).with(as(this.trainer))).andExpect(content().string(containsString("/withdraw")));
		this.mvc.perform(post(check + "/withdraw").with(as(this.trainer)).with(csrf()).param("reason", " "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("class=\"field-errors\"")))
			.andExpect(content().string(containsString("data-status=\"VALID\"")));
		this.mvc
			.perform(post(check + "/withdraw").with(as(this.trainer))
				.with(csrf())
				.param("reason", "Attendance records were corrected"))
			.andExpect(redirectedUrl(check))
			.andExpect(flash().attribute("success", "lab.certificate.withdrawn"));
		this.mvc.perform(get(check))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-status=\"WITHDRAWN\"")))
			.andExpect(content().string(not(containsString("Attendance records were corrected"))));
		assertThat(this.jdbc
			.sql("select count(*) from core.audit_entry where action = 'lab.certificate.withdraw' and actor = :actor"
					+ " and detail = 'Attendance records were corrected'")
			.param("actor", this.trainer.getUsername())
			.query(Long.class)
			.single()).isEqualTo(1);
		// withdrawn is final: the same form sent again changes nothing; the holder can no
		// longer print it
		this.mvc.perform(post(check + "/withdraw").with(as(this.trainer)).with(csrf()).param("reason", "again"))
			.andExpect(redirectedUrl(check));
		assertThat(this.jdbc.sql("select withdrawal_reason from lab.certificate where code = :code")
			.param("code", code)
			.query(String.class)
			.single()).isEqualTo("Attendance records were corrected");
		this.mvc.perform(get(certificate).with(as(this.professional))).andExpect(status().isNotFound());
	}

	/**
	 * A scheme's translated title follows it everywhere it is named: the cohort pages,
	 * "My training", the certificate (page and PDF), the pilot evaluation (page and PDF)
	 * and the competence trail; an untranslated one shows in English, marked.
	 */
	@Test
	void aTranslatedSchemeTitleIsShownWhereverTheSchemeIsNamed() throws Exception {
		String title = LabFixtures.unique("Scheme ");
		SchemeSnapshot scheme = LabFixtures.publishedScheme(this.schemes, this.review, this.trainer, this.editor,
				title);
		String module = scheme.modules().get(0).title();
		String greek = "Τηλεϊατρική στην πράξη " + title.substring(title.length() - 8);
		String greekModule = "Απομακρυσμένες συνεδρίες " + title.substring(title.length() - 8);
		this.translating.translateTitles(scheme.schemeId(), "el", greek, java.util.Map.of(module, greekModule), "test");
		String untranslated = LabFixtures.unique("Untranslated ");
		SchemeSnapshot other = LabFixtures.publishedScheme(this.schemes, this.review, this.trainer, this.editor,
				untranslated);
		LocalDate today = LocalDate.now();
		LabFixtures.cohort(this.planning, this.published, this.trainer, other, 25, today, today.plusDays(7));
		long cohort = completedCohort(scheme);

		this.mvc.perform(get("/lab/cohorts").param("lang", "el"))
			.andExpect(content().string(containsString(greek)))
			.andExpect(content().string(not(containsString(title))))
			.andExpect(content().string(containsString("<span lang=\"en\">" + untranslated + "</span>")));
		this.mvc.perform(get("/lab/cohorts/" + cohort).param("lang", "el"))
			.andExpect(content().string(containsString(greek)))
			.andExpect(content().string(containsString(greekModule)))
			.andExpect(content().string(not(containsString(title))));
		this.mvc.perform(get("/lab/my").param("lang", "el").with(as(this.professional)))
			.andExpect(content().string(containsString(greek)))
			.andExpect(content().string(not(containsString(title))));
		this.mvc.perform(get("/lab/my/cohorts/" + cohort).param("lang", "el").with(as(this.professional)))
			.andExpect(content().string(containsString(greek)))
			.andExpect(content().string(containsString(greekModule)))
			.andExpect(content().string(not(containsString(title))));
		this.mvc.perform(get("/lab/my").param("lang", "en").with(as(this.professional)))
			.andExpect(content().string(containsString(title)));

		PrintedPdf certificate = PrintedPdf.of(this.mvc
			.perform(get("/lab/my/cohorts/" + cohort + "/certificate.pdf").param("lang", "el")
				.with(as(this.professional)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(certificate.text().replaceAll("\\s+", " ")).contains(greek).doesNotContain(title);
		String check = certificate.qrCode(1);
		check = check.substring(check.indexOf("/certificates/"));
		this.mvc.perform(get(check).param("lang", "el"))
			.andExpect(content().string(containsString(greek)))
			.andExpect(content().string(not(containsString(title))));
		this.mvc.perform(get(check).param("lang", "en")).andExpect(content().string(containsString(title)));

		this.mvc.perform(get("/lab/evaluation/cohorts/" + cohort).param("lang", "el").with(as(this.trainer)))
			.andExpect(content().string(containsString(greek)))
			.andExpect(content().string(containsString(greekModule)))
			.andExpect(content().string(not(containsString(title))));
		PrintedPdf evaluation = PrintedPdf.of(this.mvc
			.perform(
					get("/lab/evaluation/cohorts/" + cohort + "/report.pdf").param("lang", "el").with(as(this.trainer)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray());
		assertThat(evaluation.text().replaceAll("\\s+", " ")).contains(greek, greekModule).doesNotContain(title);

		this.mvc.perform(get("/competences/S1.1").param("lang", "el"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(greek)))
			.andExpect(content().string(containsString(greekModule)))
			.andExpect(content().string(containsString("<span lang=\"en\">" + untranslated + "</span>")));
	}

	/**
	 * A cohort the professional has completed: one session attended, every activity done.
	 */
	private long completedCohort() throws Exception {
		return completedCohort(LabFixtures.publishedScheme(this.schemes, this.review, this.trainer, this.editor,
				LabFixtures.unique("Scheme ")));
	}

	private long completedCohort(SchemeSnapshot scheme) throws Exception {
		LocalDate today = LocalDate.now();
		long cohort = LabFixtures.cohort(this.planning, this.published, this.trainer, scheme, 25, today,
				today.plusDays(7));
		long session = this.planning.addSession(this.trainer, cohort,
				new SessionFields("Workshop", today, LocalTime.of(9, 0), LocalTime.of(12, 0), "Lab", null));
		this.membership.enrol(this.professional, cohort, false);
		long enrolment = this.cohorts.placeOf(this.professional.getAccountId(), cohort).orElseThrow().enrolmentId();
		this.mvc
			.perform(post("/lab/manage/cohorts/" + cohort + "/sessions/" + session + "/attendance")
				.with(as(this.trainer))
				.with(csrf())
				.param("present", String.valueOf(enrolment)))
			.andExpect(flash().attribute("success", "lab.attendance.saved"));
		long module = scheme.modules().get(0).moduleId();
		this.mvc
			.perform(post("/lab/my/cohorts/" + cohort + "/activities").with(as(this.professional))
				.with(csrf())
				.param("moduleId", String.valueOf(module))
				.param("activityNo", "2")
				.param("done", "true"))
			.andExpect(status().is3xxRedirection());
		return cohort;
	}

	@Test
	void everyPageRendersForThoseWhoMayOpenIt() throws Exception {
		SchemeSnapshot scheme = LabFixtures.publishedScheme(this.schemes, this.review, this.trainer, this.editor,
				LabFixtures.unique("Scheme "));
		LocalDate today = LocalDate.now();
		long cohort = LabFixtures.cohort(this.planning, this.published, this.trainer, scheme, 25, today,
				today.plusDays(9));
		this.planning.addSession(this.trainer, cohort,
				new SessionFields("Workshop", today, LocalTime.of(9, 0), LocalTime.of(12, 0), "Lab", null));
		this.membership.enrol(this.professional, cohort, false);
		long module = scheme.modules().get(0).moduleId();
		for (String page : List.of("/lab", "/lab/catalogue", "/lab/cohorts", "/lab/cohorts/" + cohort,
				"/lab/schemes/" + scheme.schemeId(), "/lab/schemes/" + scheme.schemeId() + "/versions/1",
				"/lab/modules/" + module)) {
			this.mvc.perform(get(page)).andExpect(status().isOk());
			this.mvc.perform(get(page).with(as(this.professional))).andExpect(status().isOk());
		}
		for (String page : List.of("/lab/manage/schemes", "/lab/manage/schemes/" + scheme.schemeId(),
				"/lab/manage/cohorts", "/lab/manage/cohorts/" + cohort, "/lab/manage/resources", "/lab/evaluation",
				"/lab/evaluation/report.pdf", "/lab/cohorts/" + cohort)) {
			this.mvc.perform(get(page).with(as(this.trainer))).andExpect(status().isOk());
		}
		for (String page : List.of("/lab/my", "/lab/my/cohorts/" + cohort,
				"/lab/my/cohorts/" + cohort + "/feedback/" + module, "/lab/cohorts/" + cohort)) {
			this.mvc.perform(get(page).with(as(this.professional))).andExpect(status().isOk());
		}
		for (String page : List.of("/lab/review", "/lab/manage/resources", "/lab/evaluation")) {
			this.mvc.perform(get(page).with(as(this.editor))).andExpect(status().isOk());
		}
		for (String lang : List.of("it", "el")) {
			this.mvc.perform(get("/lab/catalogue").param("lang", lang)).andExpect(status().isOk());
			this.mvc.perform(get("/lab/manage/cohorts/" + cohort).param("lang", lang).with(as(this.trainer)))
				.andExpect(status().isOk());
		}
	}

	@Test
	void preAndPostLevelsComeFromTheSkillsProfileInstrument() {
		SchemeSnapshot scheme = LabFixtures.publishedScheme(this.schemes, this.review, this.trainer, this.editor,
				LabFixtures.unique("Scheme "));
		LocalDate today = LocalDate.now();
		long cohort = LabFixtures.cohort(this.planning, this.published, this.trainer, scheme, 25, today.minusDays(10),
				today);
		this.planning.invite(this.trainer, cohort, this.professionalAccount.getUsername());
		this.membership.accept(this.professional,
				this.cohorts.invitations(this.professional.getAccountId()).get(0).id(), true);
		Instant before = today.minusDays(12).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
		Instant during = today.minusDays(5).atStartOfDay().toInstant(java.time.ZoneOffset.UTC);
		Instant after = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		submittedAssessment(this.professionalAccount.getId(), before, 1);
		submittedAssessment(this.professionalAccount.getId(), during, 2);
		submittedAssessment(this.professionalAccount.getId(), after, 3);
		var result = this.mvcOwnResult(cohort);
		assertThat(result.levels()).filteredOn((l) -> l.code().equals("S1.1")).singleElement().satisfies((l) -> {
			assertThat(l.pre()).isEqualTo(1);
			assertThat(l.post()).isEqualTo(3);
		});
		assertThat(result.gain()).isEqualTo(2.0 / 3.0, org.assertj.core.api.Assertions.within(1e-9));
	}

	@Autowired
	eu.dhso.lab.evaluation.PilotEvaluation evaluation;

	private eu.dhso.lab.evaluation.Reports.OwnResult mvcOwnResult(long cohort) {
		return this.evaluation.ownResult(this.professional, cohort);
	}

	private void submittedAssessment(long accountId, Instant submittedAt, int level) {
		LabFixtures.submittedAssessment(this.jdbc, accountId, submittedAt, level);
	}

	@Test
	void uploadsAreCheckedFromTheirBytes() throws Exception {
		String title = LabFixtures.unique("Checklist ");
		MockMultipartFile pdf = new MockMultipartFile("file", "checklist.pdf", "application/pdf",
				"%PDF-1.4\n%demo\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
		MvcResult created = this.mvc
			.perform(multipart("/lab/manage/resources").file(pdf)
				.with(as(this.trainer))
				.with(csrf())
				.param("title", title)
				.param("description", "A checklist")
				.param("kind", "DOCUMENT")
				.param("language", "en")
				.param("licence", "CC BY 4.0")
				.param("competences", "S1.1"))
			.andExpect(redirectedUrlPattern("/lab/resources/*"))
			.andReturn();
		String page = created.getResponse().getRedirectedUrl();
		this.mvc.perform(get(page + "/file"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(header().string("Content-Disposition", containsString("attachment")));
		MockMultipartFile exe = new MockMultipartFile("file", "slides.pdf", "application/pdf",
				new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0 });
		this.mvc
			.perform(multipart("/lab/manage/resources").file(exe)
				.with(as(this.trainer))
				.with(csrf())
				.header("Referer", "http://localhost/lab/manage/resources")
				.param("title", LabFixtures.unique("Fake "))
				.param("description", "Not a PDF")
				.param("kind", "DOCUMENT")
				.param("language", "en")
				.param("licence", "CC BY 4.0"))
			.andExpect(redirectedUrl("/lab/manage/resources"))
			.andExpect(flash().attribute("error", "lab.resource.error.unknownType"));
		this.mvc.perform(get("/lab/catalogue").param("kind", "resource").param("q", title))
			.andExpect(content().string(containsString(title)));
		this.mvc.perform(multipart("/lab/manage/resources").file(pdf).with(as(this.professional)).with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void aGreekWordInCapitalsIsFoundTypedInLowerCase() throws Exception {
		String title = LabFixtures.unique("ΟΙ ΝΟΣΗΛΕΥΤΈΣ ");
		LabFixtures.publishedScheme(this.schemes, this.review, this.trainer, this.editor, title);
		String unique = title.substring(title.length() - 8);
		this.mvc.perform(get("/lab/catalogue").param("q", "νοσηλευτές " + unique))
			.andExpect(content().string(containsString(title)));
		this.mvc.perform(get("/lab/catalogue").param("q", "ΝΟΣΗΛΕΥΤΕΣ " + unique))
			.andExpect(content().string(containsString(title)));
	}

	@Test
	void publishedModulesAnswerTheSkillsProfilesRecommendations() {
		SchemeSnapshot scheme = LabFixtures.publishedScheme(this.schemes, this.review, this.trainer, this.editor,
				LabFixtures.unique("Scheme "));
		CompetenceGap gap = new CompetenceGap(1L, "S1.1", "Communicating", 2, 4, "next");
		var first = this.recommendations.orderedStream()
			.map((r) -> r.recommend(gap))
			.filter((l) -> !l.isEmpty())
			.findFirst()
			.orElseThrow();
		assertThat(first).allSatisfy((r) -> assertThat(r.link()).startsWith("/lab/modules/"));
		// a gap above every outcome's level finds no module
		CompetenceGap beyond = new CompetenceGap(1L, "S1.2", "Explaining", 3, 4, "next");
		assertThat(this.recommendations.orderedStream().findFirst().orElseThrow().recommend(beyond))
			.noneMatch((r) -> r.link().equals("/lab/modules/" + scheme.modules().get(0).moduleId()));
	}

	@Test
	void theIndicatorSourceReportsCohortsPerCountry() {
		SchemeSnapshot scheme = LabFixtures.publishedScheme(this.schemes, this.review, this.trainer, this.editor,
				LabFixtures.unique("Scheme "));
		LocalDate today = LocalDate.now();
		LabFixtures.cohort(this.planning, this.published, this.trainer, scheme, 25, today.minusDays(3), today);
		List<IndicatorValue> values = this.indicators.stream().flatMap((s) -> s.values(today).stream()).toList();
		assertThat(values).anySatisfy((v) -> {
			assertThat(v.code()).isEqualTo("lab.cohorts");
			assertThat(v.countryCode()).isEqualTo("LT");
			assertThat(v.value().intValue()).isPositive();
		});
		assertThat(values).anySatisfy((v) -> {
			assertThat(v.code()).isEqualTo("lab.people-trained");
			assertThat(v.countryCode()).isNull();
			assertThat(v.personBased()).isTrue();
		});
	}

	@Test
	void twoTrainersSavingOneCohortsPlacesDoNotOverwriteEachOther() throws Exception {
		SchemeSnapshot scheme = LabFixtures.publishedScheme(this.schemes, this.review, this.trainer, this.editor,
				LabFixtures.unique("Scheme "));
		LocalDate today = LocalDate.now();
		long cohort = LabFixtures.cohort(this.planning, this.published, this.trainer, scheme, 25, today.plusDays(7),
				today.plusDays(30));
		this.planning.addTrainer(this.trainer, cohort, this.otherTrainer.getUsername());
		long read = this.cohorts.require(cohort).lockVersion();
		String settings = "/lab/manage/cohorts/" + cohort + "/capacity";
		this.mvc
			.perform(post(settings).with(as(this.otherTrainer))
				.with(csrf())
				.param("capacity", "30")
				.param("open", "true")
				.param("version", String.valueOf(read)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("success", "lab.saved"));
		// the first trainer saves over what they read: 409, their input kept, the saved
		// values beside it
		this.mvc
			.perform(post(settings).with(as(this.trainer))
				.with(csrf())
				.param("capacity", "12")
				.param("version", String.valueOf(read)))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("data-testid=\"saved-values\"")))
			.andExpect(content().string(containsString("<dd>30</dd>")))
			.andExpect(content().string(containsString("value=\"12\"")));
		assertThat(this.cohorts.require(cohort).capacity()).isEqualTo(30);
		// saving again, now over the version shown, replaces it deliberately
		this.mvc
			.perform(post(settings).with(as(this.trainer))
				.with(csrf())
				.param("capacity", "12")
				.param("version", String.valueOf(this.cohorts.require(cohort).lockVersion())))
			.andExpect(status().is3xxRedirection());
		assertThat(this.cohorts.require(cohort).capacity()).isEqualTo(12);
		assertThat(this.cohorts.require(cohort).enrolmentOpen()).isFalse();
	}

	@Test
	void cohortAndSessionFormsShowTheirErrorsNextToTheField() throws Exception {
		SchemeSnapshot scheme = LabFixtures.publishedScheme(this.schemes, this.review, this.trainer, this.editor,
				LabFixtures.unique("Scheme "));
		LocalDate today = LocalDate.now();
		int before = this.cohorts.trainedBy(this.trainer.getAccountId()).size();
		this.mvc
			.perform(post("/lab/manage/cohorts").with(as(this.trainer))
				.with(csrf())
				.param("versionId", String.valueOf(LabFixtures.versionId(this.published, scheme)))
				.param("title", " ")
				.param("country", "LT")
				.param("startsOn", today.toString())
				.param("endsOn", today.minusDays(1).toString())
				.param("capacity", "0")
				.param("minAttendance", "80"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<ul class=\"field-errors\"><li>Please fill in this field.</li></ul>")))
			.andExpect(content().string(containsString(
					"<ul class=\"field-errors\"><li>The last day cannot come before the first.</li></ul>")))
			.andExpect(content().string(containsString(
					"<ul class=\"field-errors\"><li>The capacity must lie between 1 and 500.</li></ul>")));
		assertThat(this.cohorts.trainedBy(this.trainer.getAccountId())).hasSize(before);

		long cohort = LabFixtures.cohort(this.planning, this.published, this.trainer, scheme, 25, today,
				today.plusDays(30));
		this.mvc
			.perform(post("/lab/manage/cohorts/" + cohort + "/sessions").with(as(this.trainer))
				.with(csrf())
				.param("title", "")
				.param("date", today.toString())
				.param("start", "10:00")
				.param("end", "09:00")
				.param("location", "Room 4"))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(containsString("<ul class=\"field-errors\"><li>Please fill in this field.</li></ul>")))
			.andExpect(content()
				.string(containsString("<ul class=\"field-errors\"><li>A session must end after it starts.</li></ul>")))
			.andExpect(content().string(containsString("value=\"Room 4\"")));
		assertThat(this.cohorts.sessions(cohort)).isEmpty();
	}

}
