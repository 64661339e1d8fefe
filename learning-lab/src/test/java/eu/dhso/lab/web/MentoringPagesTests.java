package eu.dhso.lab.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.AccountLifecycle.NewAccount;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.indicator.IndicatorSource;
import eu.dhso.core.indicator.IndicatorSource.IndicatorValue;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.core.verification.VerifiedCompetenceSource;
import eu.dhso.core.verification.VerifiedCompetenceSource.VerifiedCompetence;
import eu.dhso.lab.mentoring.ActivityFields;
import eu.dhso.lab.mentoring.Mentoring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Work-based learning plans through the HTTP stack with real security: the journey from
 * proposal to mentor-verified level, and the attacks on it (a professional signing off
 * their own work, a mentor signing off someone else's plan, a third person reading
 * evidence, a plan agreed without the professional).
 */
@ObservatoryTest
class MentoringPagesTests {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	Mentoring mentoring;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	List<VerifiedCompetenceSource> verifiedSources;

	@Autowired
	List<IndicatorSource> indicators;

	ObservatoryUser professional;

	ObservatoryUser mentor;

	ObservatoryUser otherMentor;

	ObservatoryUser stranger;

	ObservatoryUser admin;

	LocalDate today = LocalDate.now();

	@BeforeEach
	void people() {
		this.professional = account(Role.PROFESSIONAL, "Paula Practitioner");
		this.mentor = account(Role.MENTOR, "Miriam Mentor");
		this.otherMentor = account(Role.MENTOR, "Otto Othermentor");
		this.stranger = account(Role.PROFESSIONAL, "Sam Stranger");
		this.admin = account(Role.ADMIN, "Ada Admin");
	}

	@Test
	void aProfessionalsPlanRunsFromProposalToAMentorVerifiedLevel() throws Exception {
		this.mvc.perform(get("/mentoring").with(user(this.professional)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Miriam Mentor")));
		long id = propose(this.professional, this.mentor);
		assertThat(letters("mentoring.proposed", this.mentor)).isEqualTo(1);
		addActivity(this.professional, id, "S1.1", 3);

		// the proposer cannot agree in the mentor's place
		this.mvc
			.perform(post("/mentoring/" + id + "/agree").with(user(this.professional))
				.with(csrf())
				.param("version", String.valueOf(version(id))))
			.andExpect(flash().attribute("error", "lab.mentoring.error.notAwaited"));
		assertThat(planStatus(id)).isEqualTo("PROPOSED");
		agree(this.mentor, id);
		assertThat(planStatus(id)).isEqualTo("AGREED");

		long activity = activityOf(id);
		this.mvc
			.perform(multipart("/mentoring/" + id + "/activities/" + activity + "/evidence")
				.file(new MockMultipartFile("file", "reflection.pdf", "application/pdf", PDF))
				.param("note", "Five consultations held, reflection attached")
				.with(user(this.professional))
				.with(csrf()))
			.andExpect(flash().attribute("success", "lab.mentoring.evidence.logged"));
		long evidence = this.jdbc.sql("select id from lab.mentoring_evidence where activity_id = :a")
			.param("a", activity)
			.query(Long.class)
			.single();
		String file = "/mentoring/" + id + "/evidence/" + evidence + "/file";
		this.mvc.perform(get(file).with(user(this.mentor)))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"))
			.andExpect(content().bytes(PDF));

		this.mvc.perform(get("/mentoring/" + id).with(user(this.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Five consultations held")))
			.andExpect(content().string(containsString("reflection.pdf (1 KB)")))
			.andExpect(content().string(not(containsString(">SUBMITTED<"))));
		signOff(this.mentor, id, activity).andExpect(flash().attribute("success", "lab.mentoring.activity.signedOff"));
		assertThat(planStatus(id)).isEqualTo("COMPLETED");
		assertThat(letters("mentoring.completed", this.professional)).isEqualTo(1);

		assertThat(this.verifiedSources).flatExtracting((s) -> s.verifiedFor(this.professional.getAccountId()))
			.containsExactly(new VerifiedCompetence("S1.1", 3, "Miriam Mentor", this.today));
		this.mvc.perform(get("/skills/assessments").with(user(this.professional)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("verified by mentor Miriam Mentor, " + this.today)));
	}

	@Test
	void aProfessionalCannotSignOffTheirOwnActivity() throws Exception {
		long id = agreedPlanWithEvidence();
		long activity = activityOf(id);
		signOff(this.professional, id, activity)
			.andExpect(flash().attribute("error", "lab.mentoring.error.onlyMentor"));
		assertThat(activityStatus(activity)).isEqualTo("SUBMITTED");
		assertThat(planStatus(id)).isEqualTo("AGREED");
	}

	@Test
	void aMentorCannotSignOffAPlanTheyAreNotPartyTo() throws Exception {
		long id = agreedPlanWithEvidence();
		long activity = activityOf(id);
		signOff(this.otherMentor, id, activity).andExpect(status().isNotFound());
		this.mvc
			.perform(post("/mentoring/" + id + "/activities/" + activity + "/return").with(user(this.otherMentor))
				.with(csrf())
				.param("reason", "Not good enough"))
			.andExpect(status().isNotFound());
		// an administrator reads plans but is not a party
		signOff(this.admin, id, activity).andExpect(status().isNotFound());
		assertThat(activityStatus(activity)).isEqualTo("SUBMITTED");
	}

	@Test
	void aThirdPersonCannotReadThePlanOrItsEvidenceFiles() throws Exception {
		long id = agreedPlanWithEvidence();
		long evidence = this.jdbc.sql(
				"select e.id from lab.mentoring_evidence e join lab.mentoring_activity a on a.id = e.activity_id where a.plan_id = :p")
			.param("p", id)
			.query(Long.class)
			.single();
		String file = "/mentoring/" + id + "/evidence/" + evidence + "/file";
		for (ObservatoryUser outsider : List.of(this.stranger, this.otherMentor)) {
			this.mvc.perform(get(file).with(user(outsider))).andExpect(status().isNotFound());
			this.mvc.perform(get("/mentoring/" + id).with(user(outsider))).andExpect(status().isNotFound());
			this.mvc.perform(get("/mentoring").with(user(outsider)))
				.andExpect(content().string(not(containsString("Telehealth at the bedside"))));
		}
		this.mvc.perform(get(file)).andExpect(status().is3xxRedirection());
		this.mvc.perform(get(file).with(user(this.admin))).andExpect(status().isOk());
		this.mvc.perform(get(file).with(user(this.professional))).andExpect(status().isOk());
	}

	@Test
	void noPlanBecomesAgreedWithoutTheProfessionalsConsent() throws Exception {
		long id = propose(this.mentor, this.professional);
		addActivity(this.mentor, id, "S2.1", 2);
		assertThat(letters("mentoring.proposed", this.professional)).isEqualTo(1);
		for (ObservatoryUser notTheProfessional : List.of(this.mentor, this.otherMentor, this.stranger, this.admin)) {
			this.mvc.perform(post("/mentoring/" + id + "/agree").with(user(notTheProfessional))
				.with(csrf())
				.param("version", String.valueOf(version(id))));
		}
		assertThat(planStatus(id)).isEqualTo("PROPOSED");
		this.mvc.perform(get("/mentoring").with(user(this.professional)))
			.andExpect(content().string(containsString("Waiting for your agreement")));
		agree(this.professional, id);
		assertThat(planStatus(id)).isEqualTo("AGREED");
	}

	@Test
	void anAgreementRefersToThePlanAsShown() throws Exception {
		long id = propose(this.professional, this.mentor);
		addActivity(this.professional, id, "S1.1", 2);
		long seen = version(id);
		addActivity(this.professional, id, "S1.2", 4);
		this.mvc
			.perform(post("/mentoring/" + id + "/agree").with(user(this.mentor))
				.with(csrf())
				.param("version", String.valueOf(seen)))
			.andExpect(status().isConflict());
		assertThat(planStatus(id)).isEqualTo("PROPOSED");
	}

	@Test
	void aMentorProposesOnlyToAnActiveProfessional() throws Exception {
		this.mvc
			.perform(post("/mentoring").with(user(this.mentor))
				.with(csrf())
				.param("title", "Plan for nobody")
				.param("counterpart", "nobody-" + UUID.randomUUID()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("give the username of a health professional")));
		this.mvc
			.perform(post("/mentoring").with(user(this.mentor))
				.with(csrf())
				.param("title", "Plan for a mentor")
				.param("counterpart", this.otherMentor.getUsername()))
			.andExpect(status().isOk());
		assertThat(this.jdbc.sql("select count(*) from lab.mentoring_plan where mentor_id = :m")
			.param("m", this.mentor.getAccountId())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void evidenceFilesAreCheckedFromTheirBytes() throws Exception {
		long id = propose(this.professional, this.mentor);
		addActivity(this.professional, id, "S1.1", 2);
		agree(this.mentor, id);
		long activity = activityOf(id);
		byte[] program = { 0x4d, 0x5a, (byte) 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00 };
		this.mvc
			.perform(multipart("/mentoring/" + id + "/activities/" + activity + "/evidence")
				.file(new MockMultipartFile("file", "reflection.pdf", "application/pdf", program))
				.with(user(this.professional))
				.with(csrf()))
			.andExpect(flash().attribute("error", "lab.mentoring.error.fileType"));
		this.mvc
			.perform(multipart("/mentoring/" + id + "/activities/" + activity + "/evidence")
				.file(new MockMultipartFile("file", "reflection.png", "image/png", PDF))
				.with(user(this.professional))
				.with(csrf()))
			.andExpect(flash().attribute("error", "lab.mentoring.error.nameMismatch"));
		assertThat(activityStatus(activity)).isEqualTo("OPEN");
	}

	@Test
	void aReturnedActivityTellsTheProfessionalWhy() throws Exception {
		long id = agreedPlanWithEvidence();
		long activity = activityOf(id);
		this.mvc
			.perform(post("/mentoring/" + id + "/activities/" + activity + "/return").with(user(this.mentor))
				.with(csrf())
				.param("reason", " "))
			.andExpect(flash().attribute("error", "lab.mentoring.error.reason"));
		this.mvc
			.perform(post("/mentoring/" + id + "/activities/" + activity + "/return").with(user(this.mentor))
				.with(csrf())
				.param("reason", "Add what the patient said"))
			.andExpect(flash().attribute("success", "lab.mentoring.activity.returned"));
		assertThat(activityStatus(activity)).isEqualTo("RETURNED");
		assertThat(letters("mentoring.returned", this.professional)).isEqualTo(1);
		this.mvc.perform(get("/mentoring/" + id).with(user(this.professional)))
			.andExpect(content().string(containsString("Add what the patient said")));
	}

	@Test
	void cancellingAsksForConfirmation() throws Exception {
		long id = propose(this.mentor, this.professional);
		this.mvc.perform(post("/mentoring/" + id + "/cancel").with(user(this.professional)).with(csrf()))
			.andExpect(flash().attribute("error", "lab.mentoring.error.confirm"));
		assertThat(planStatus(id)).isEqualTo("PROPOSED");
		this.mvc
			.perform(post("/mentoring/" + id + "/cancel").with(user(this.professional))
				.with(csrf())
				.param("confirm", "true")
				.param("reason", "Not this term"))
			.andExpect(flash().attribute("success", "lab.mentoring.cancelled"));
		assertThat(planStatus(id)).isEqualTo("CANCELLED");
	}

	@Test
	void completedPlansCountInTheLabIndicatorsOnlyForGroupsOfFive() {
		LocalDate periodEnd = this.today.withDayOfMonth(1).minusDays(1);
		for (int i = 0; i < 5; i++) {
			ObservatoryUser person = account(Role.PROFESSIONAL, "Indicator person " + i);
			long id = this.mentoring.propose(person, "Indicator plan", null, this.mentor.getUsername()).orElseThrow();
			this.mentoring.addActivity(person, id, version(id),
					new ActivityFields("Activity", null, List.of("S1.1"), 2, List.of(), this.today));
			this.mentoring.agree(this.mentor, id, version(id));
			long activity = activityOf(id);
			this.mentoring.logEvidence(person, id, activity, "Done", null);
			this.mentoring.signOff(this.mentor, id, activity);
			this.jdbc.sql("update lab.mentoring_plan set completed_at = :at::date where id = :id")
				.param("at", periodEnd.minusDays(3).toString())
				.param("id", id)
				.update();
			this.jdbc.sql("update lab.mentoring_activity set signed_off_at = :at::date where plan_id = :id")
				.param("at", periodEnd.minusDays(3).toString())
				.param("id", id)
				.update();
		}
		List<IndicatorValue> values = this.indicators.stream().flatMap((s) -> s.values(periodEnd).stream()).toList();
		IndicatorValue mentored = values.stream()
			.filter((v) -> v.code().equals("lab.mentored-professionals"))
			.findFirst()
			.orElseThrow();
		assertThat(mentored.personBased()).isTrue();
		assertThat(mentored.value()).isNotNull();
		assertThat(mentored.value().longValue()).isGreaterThanOrEqualTo(5);
		assertThat(values).filteredOn((v) -> v.code().equals("lab.mentoring-activities-signed-off"))
			.singleElement()
			.satisfies((v) -> assertThat(v.value().longValue()).isGreaterThanOrEqualTo(5));
		// a period before any plan: nobody to show, so nothing is shown
		assertThat(this.indicators.stream().flatMap((s) -> s.values(LocalDate.of(2000, 1, 31)).stream()))
			.filteredOn((v) -> v.code().equals("lab.mentored-professionals"))
			.singleElement()
			.satisfies((v) -> assertThat(v.value()).isNull());
	}

	@Test
	void eachPartyDownloadsTheirShareAndAnErasedProfessionalLeavesNoEvidence() throws Exception {
		long id = agreedPlanWithEvidence();
		this.mvc.perform(get("/account/data.json").with(user(this.professional)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("workBasedLearning")))
			.andExpect(content().string(containsString("Done on the ward")));
		this.mvc.perform(get("/account/data.json").with(user(this.mentor)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Telehealth at the bedside")))
			.andExpect(content().string(not(containsString("Done on the ward"))));
		this.mvc
			.perform(post("/account/erase").with(user(this.professional))
				.with(csrf())
				.param("password", TestAccounts.PASSWORD))
			.andExpect(status().is3xxRedirection());
		assertThat(planStatus(id)).isEqualTo("CANCELLED");
		assertThat(this.jdbc.sql(
				"select count(*) from lab.mentoring_evidence e join lab.mentoring_activity a on a.id = e.activity_id where a.plan_id = :p")
			.param("p", id)
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select professional_id from lab.mentoring_plan where id = :p")
			.param("p", id)
			.query(Long.class)
			.single()).isNotEqualTo(this.professional.getAccountId());
	}

	// ---------------------------------------------------------------- helpers

	private long agreedPlanWithEvidence() throws Exception {
		long id = propose(this.professional, this.mentor);
		addActivity(this.professional, id, "S1.1", 2);
		agree(this.mentor, id);
		long activity = activityOf(id);
		this.mvc
			.perform(multipart("/mentoring/" + id + "/activities/" + activity + "/evidence")
				.file(new MockMultipartFile("file", "notes.pdf", "application/pdf", PDF))
				.param("note", "Done on the ward")
				.with(user(this.professional))
				.with(csrf()))
			.andExpect(flash().attribute("success", "lab.mentoring.evidence.logged"));
		return id;
	}

	private long propose(ObservatoryUser by, ObservatoryUser to) throws Exception {
		String location = this.mvc
			.perform(post("/mentoring").with(user(by))
				.with(csrf())
				.param("title", "Telehealth at the bedside")
				.param("goal", "Confident video consultations")
				.param("counterpart", to.getUsername()))
			.andExpect(flash().attribute("success", "lab.mentoring.proposed"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring("/mentoring/".length()));
	}

	private void addActivity(ObservatoryUser by, long id, String competence, int level) throws Exception {
		this.mvc
			.perform(post("/mentoring/" + id + "/activities").with(user(by))
				.with(csrf())
				.param("version", String.valueOf(version(id)))
				.param("title", "Five video consultations " + competence)
				.param("competences", competence)
				.param("targetLevel", String.valueOf(level))
				.param("dueOn", this.today.plusDays(14).toString()))
			.andExpect(flash().attribute("success", "lab.mentoring.activity.added"));
	}

	private void agree(ObservatoryUser by, long id) throws Exception {
		this.mvc
			.perform(post("/mentoring/" + id + "/agree").with(user(by))
				.with(csrf())
				.param("version", String.valueOf(version(id))))
			.andExpect(flash().attribute("success", "lab.mentoring.agreed"));
	}

	private org.springframework.test.web.servlet.ResultActions signOff(ObservatoryUser by, long id, long activity)
			throws Exception {
		MockHttpServletRequestBuilder request = post("/mentoring/" + id + "/activities/" + activity + "/sign-off")
			.with(user(by))
			.with(csrf());
		return this.mvc.perform(request);
	}

	private long version(long id) {
		return this.jdbc.sql("select version from lab.mentoring_plan where id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private String planStatus(long id) {
		return this.jdbc.sql("select status from lab.mentoring_plan where id = :id")
			.param("id", id)
			.query(String.class)
			.single();
	}

	private long activityOf(long id) {
		return this.jdbc.sql("select min(id) from lab.mentoring_activity where plan_id = :id")
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private String activityStatus(long activity) {
		return this.jdbc.sql("select status from lab.mentoring_activity where id = :id")
			.param("id", activity)
			.query(String.class)
			.single();
	}

	private long letters(String kind, ObservatoryUser to) {
		return this.jdbc.sql("select count(*) from core.outbox_message where kind = :kind and recipient = :to")
			.param("kind", kind)
			.param("to", to.getUsername() + "@example.org")
			.query(Long.class)
			.single();
	}

	private ObservatoryUser account(Role role, String name) {
		String username = role.name().toLowerCase() + "-" + UUID.randomUUID().toString().substring(0, 8);
		return new ObservatoryUser(this.accounts
			.createIfAbsent(new NewAccount(username, name, username + "@example.org", TestAccounts.PASSWORD), role,
					null)
			.orElseThrow());
	}

}
