package eu.dhso.lab.web;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.lab.LabFixtures;
import eu.dhso.lab.cohort.CohortMembership;
import eu.dhso.lab.cohort.CohortPlanning;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.CohortViews.Trainer;
import eu.dhso.lab.cohort.SessionFields;
import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.Delivery;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.SchemeDrafts;
import eu.dhso.lab.scheme.SchemeFields;
import eu.dhso.lab.scheme.SchemeReview;
import eu.dhso.lab.scheme.SchemeSnapshot;
import eu.dhso.lab.trainer.TrainerQualification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The train-the-trainers track through the real HTTP stack: finishing the track
 * certifies, only certified trainers are assigned to the qualified scheme's new cohorts,
 * a revoked certification stops new assignments, and an administrator overrides only with
 * a reason.
 */
@ObservatoryTest
class TrainerTrackPagesTests {

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
	CohortPlanning planning;

	@Autowired
	CohortMembership membership;

	@Autowired
	CohortViews cohorts;

	@Autowired
	TrainerQualification qualification;

	@Autowired
	JdbcClient jdbc;

	ObservatoryUser master;

	ObservatoryUser trainer;

	ObservatoryUser uncertified;

	ObservatoryUser editor;

	ObservatoryUser admin;

	@BeforeEach
	void people() {
		this.master = new ObservatoryUser(TestAccounts.create(this.accounts, Role.TRAINER, null));
		this.trainer = new ObservatoryUser(TestAccounts.create(this.accounts, Role.TRAINER, null));
		this.uncertified = new ObservatoryUser(TestAccounts.create(this.accounts, Role.TRAINER, null));
		this.editor = new ObservatoryUser(TestAccounts.create(this.accounts, Role.EDITOR, null));
		this.admin = new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null));
	}

	static RequestPostProcessor as(ObservatoryUser user) {
		return user(user);
	}

	@Test
	void finishingTheTrackCertifiesAndOnlyCertifiedTrainersAreAssignedUntilRevoked() throws Exception {
		SchemeSnapshot scheme = LabFixtures.publishedScheme(this.schemes, this.review, this.master, this.editor,
				LabFixtures.unique("Scheme "));
		SchemeSnapshot track = trackScheme();
		LocalDate today = LocalDate.now();
		// before any track qualifies for it, any trainer runs the scheme, and that cohort
		// keeps its trainer afterwards
		long earlier = LabFixtures.cohort(this.planning, this.published, this.uncertified, scheme, 10,
				today.plusDays(30), today.plusDays(40));

		this.mvc
			.perform(post("/lab/manage/schemes/" + track.schemeId() + "/tracks").with(as(this.master))
				.with(csrf())
				.param("qualifiedSchemeId", String.valueOf(scheme.schemeId())))
			.andExpect(flash().attribute("success", "lab.track.added"));
		this.mvc.perform(get("/lab/manage/schemes/" + track.schemeId()).with(as(this.master)))
			.andExpect(content().string(containsString(scheme.title())));
		assertThat(this.qualification.requiresCertification(scheme.schemeId())).isTrue();

		// attack: a trainer not certified plans a cohort of the scheme for themself
		long before = this.cohorts.trainedBy(this.uncertified.getAccountId()).size();
		this.mvc.perform(newCohort(scheme, this.uncertified))
			.andExpect(flash().attribute("error", "lab.cohort.error.notCertified"));
		assertThat(this.cohorts.trainedBy(this.uncertified.getAccountId())).hasSize((int) before);
		assertThat(this.cohorts.trainers(earlier)).extracting(Trainer::accountId)
			.contains(this.uncertified.getAccountId());

		// the trainer finishes a cohort of the track and takes the certificate
		long trackCohort = LabFixtures.cohort(this.planning, this.published, this.master, track, 12, today,
				today.plusDays(2));
		long session = this.planning.addSession(this.master, trackCohort,
				new SessionFields("Micro-teaching", today, LocalTime.of(9, 0), LocalTime.of(17, 0), "Lab", null));
		this.membership.enrol(this.trainer, trackCohort, false);
		assertThat(this.qualification.isCertified(this.trainer.getAccountId(), scheme.schemeId())).isFalse();
		long enrolment = this.cohorts.placeOf(this.trainer.getAccountId(), trackCohort).orElseThrow().enrolmentId();
		this.mvc
			.perform(post("/lab/manage/cohorts/" + trackCohort + "/sessions/" + session + "/attendance")
				.with(as(this.master))
				.with(csrf())
				.param("present", String.valueOf(enrolment)))
			.andExpect(flash().attribute("success", "lab.attendance.saved"));
		this.mvc.perform(get("/lab/my/cohorts/" + trackCohort + "/certificate.pdf").with(as(this.trainer)))
			.andExpect(status().isOk());
		assertThat(this.qualification.isCertified(this.trainer.getAccountId(), scheme.schemeId())).isTrue();

		// certified: the trainer plans a cohort of the scheme
		this.mvc.perform(newCohort(scheme, this.trainer)).andExpect(redirectedUrlPattern("/lab/manage/cohorts/*"));
		long own = this.cohorts.trainedBy(this.trainer.getAccountId())
			.stream()
			.filter((c) -> c.schemeId() == scheme.schemeId())
			.findFirst()
			.orElseThrow()
			.id();
		// attack: the certified trainer adds a colleague who is not certified
		this.mvc
			.perform(post("/lab/manage/cohorts/" + own + "/trainers").with(as(this.trainer))
				.with(csrf())
				.param("username", this.uncertified.getUsername()))
			.andExpect(flash().attribute("error", "lab.cohort.error.notCertified"));
		assertThat(this.cohorts.trainers(own)).extracting(Trainer::accountId)
			.doesNotContain(this.uncertified.getAccountId());

		// the certificate is withdrawn: the certification is revoked and stops new
		// assignments
		String code = this.jdbc.sql("select code from lab.certificate where cohort_id = :c and account_id = :a")
			.param("c", trackCohort)
			.param("a", this.trainer.getAccountId())
			.query(String.class)
			.single();
		this.mvc
			.perform(post("/certificates/" + code + "/withdraw").with(as(this.master))
				.with(csrf())
				.param("reason", "Did not run the practice session"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.qualification.isCertified(this.trainer.getAccountId(), scheme.schemeId())).isFalse();
		this.mvc.perform(newCohort(scheme, this.trainer))
			.andExpect(flash().attribute("error", "lab.cohort.error.notCertified"));
		assertThat(this.cohorts.trainedBy(this.trainer.getAccountId())).hasSize(1);
	}

	@Test
	void anAdministratorOverridesOnlyWithAReasonThatTheCohortShows() throws Exception {
		SchemeSnapshot scheme = LabFixtures.publishedScheme(this.schemes, this.review, this.master, this.editor,
				LabFixtures.unique("Scheme "));
		SchemeSnapshot track = trackScheme();
		long cohort = LabFixtures.cohort(this.planning, this.published, this.master, scheme, 10,
				LocalDate.now().plusDays(10), LocalDate.now().plusDays(20));
		this.qualification.addTrack(this.master, track.schemeId(), scheme.schemeId());
		String page = "/lab/admin/cohorts/" + cohort + "/trainers";

		// only administrators open the override
		this.mvc.perform(get(page).with(as(this.master))).andExpect(status().isForbidden());
		this.mvc
			.perform(post(page).with(as(this.uncertified))
				.with(csrf())
				.param("username", this.uncertified.getUsername())
				.param("reason", "I want to"))
			.andExpect(status().isForbidden());
		this.mvc.perform(get(page).with(as(this.admin))).andExpect(status().isOk());
		// attack: an override without a reason is refused
		this.mvc
			.perform(post(page).with(as(this.admin))
				.with(csrf())
				.param("username", this.uncertified.getUsername())
				.param("reason", "   "))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"reason-errors\"")));
		assertThat(this.cohorts.trainers(cohort)).extracting(Trainer::accountId)
			.doesNotContain(this.uncertified.getAccountId());

		this.mvc
			.perform(post(page).with(as(this.admin))
				.with(csrf())
				.param("username", this.uncertified.getUsername())
				.param("reason", "Certified trainer fell ill; covers the first two sessions"))
			.andExpect(flash().attribute("success", "lab.override.done"));
		assertThat(this.cohorts.trainers(cohort)).extracting(Trainer::accountId)
			.contains(this.uncertified.getAccountId());
		assertThat(this.jdbc
			.sql("select count(*) from core.audit_entry where action = 'lab.cohort.overrideTrainer' and actor = :a")
			.param("a", this.admin.getUsername())
			.query(Long.class)
			.single()).isEqualTo(1);
		this.mvc.perform(get("/lab/manage/cohorts/" + cohort).with(as(this.master)))
			.andExpect(content().string(containsString("covers the first two sessions")));
	}

	@Test
	void onlyATrainTheTrainersSchemeQualifiesAndOnlyItsEditors() throws Exception {
		SchemeSnapshot scheme = LabFixtures.publishedScheme(this.schemes, this.review, this.master, this.editor,
				LabFixtures.unique("Scheme "));
		SchemeSnapshot track = trackScheme();
		// a scheme that is not a track qualifies nobody
		this.mvc
			.perform(post("/lab/manage/schemes/" + scheme.schemeId() + "/tracks").with(as(this.master))
				.with(csrf())
				.param("qualifiedSchemeId", String.valueOf(track.schemeId())))
			.andExpect(flash().attribute("error", "lab.track.error.notTrack"));
		// a trainer who may not edit the track is told it does not exist
		this.mvc
			.perform(post("/lab/manage/schemes/" + track.schemeId() + "/tracks").with(as(this.uncertified))
				.with(csrf())
				.param("qualifiedSchemeId", String.valueOf(scheme.schemeId())))
			.andExpect(status().isNotFound());
		assertThat(this.qualification.qualifiedBy(track.schemeId())).isEmpty();
	}

	private MockHttpServletRequestBuilder newCohort(SchemeSnapshot scheme, ObservatoryUser who) {
		return post("/lab/manage/cohorts").with(as(who))
			.with(csrf())
			.header("Referer", "http://localhost/lab/manage/cohorts")
			.param("versionId", String.valueOf(LabFixtures.versionId(this.published, scheme)))
			.param("title", LabFixtures.unique("Cohort "))
			.param("country", "LT")
			.param("startsOn", LocalDate.now().plusDays(5).toString())
			.param("endsOn", LocalDate.now().plusDays(15).toString())
			.param("capacity", "20")
			.param("minAttendance", "80");
	}

	/** A published train-the-trainers scheme of one workshop. */
	private SchemeSnapshot trackScheme() {
		long id = this.schemes.create(this.master, new SchemeFields(LabFixtures.unique("Train the trainers "),
				"Prepares facilitators", List.of("NURSE"), "en", 8, true, false));
		long module = this.schemes.addModule(this.master, id, "Facilitation", "Micro-teaching", List.of());
		this.schemes.addOutcome(this.master, id, module, "S1.1", 3, "Facilitates a session");
		this.schemes.addActivity(this.master, id, module, "Workshop", ActivityType.WORKSHOP, Delivery.ON_SITE, 240,
				null);
		this.schemes.submit(this.master, id);
		return this.review.publish(this.editor, id);
	}

}
