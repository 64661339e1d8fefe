package eu.dhso.lab.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.AccountLifecycle.NewAccount;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.evidence.CitedEvidence;
import eu.dhso.core.evidence.EvidenceCatalogue;
import eu.dhso.core.evidence.EvidenceKind;
import eu.dhso.core.indicator.IndicatorSource;
import eu.dhso.core.indicator.IndicatorSource.IndicatorValue;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.lab.LabFixtures;
import eu.dhso.lab.cohort.CohortMembership;
import eu.dhso.lab.cohort.CohortPlanning;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.SessionFields;
import eu.dhso.lab.evaluation.PilotEvaluation;
import eu.dhso.lab.evaluation.FeedbackAnswers;
import eu.dhso.lab.evaluation.FeedbackCollection;
import eu.dhso.lab.evaluation.Reports.CohortReport;
import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.SchemeDrafts;
import eu.dhso.lab.scheme.SchemeReview;
import eu.dhso.lab.scheme.SchemeSnapshot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The attacks of issue 13 on the learning lab, each reproduced and now failing: a trainer
 * adding a professional without consent, sock-puppet accounts lifting a group of one real
 * person over the threshold, usernames enumerated by the invitation form; and the
 * participant's control over, and view of, what trainers see.
 */
@ObservatoryTest
class LabPrivacyTests {

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
	PilotEvaluation evaluation;

	@Autowired
	FeedbackCollection feedback;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EvidenceCatalogue evidence;

	@Autowired
	List<IndicatorSource> indicators;

	ObservatoryUser trainer;

	ObservatoryUser editor;

	ObservatoryUser victim;

	SchemeSnapshot scheme;

	LocalDate today = LocalDate.now();

	@BeforeEach
	void people() {
		this.trainer = verified(Role.TRAINER);
		this.editor = verified(Role.EDITOR);
		this.victim = verified(Role.PROFESSIONAL);
		this.scheme = LabFixtures.publishedScheme(this.schemes, this.review, this.trainer, this.editor,
				LabFixtures.unique("Scheme "));
	}

	/**
	 * Step 1 of the attack: a trainer of another organisation adds the victim by
	 * username.
	 */
	@Test
	void trainerCannotEnrolAProfessionalWithoutTheirConsent() throws Exception {
		long cohort = cohortStartingTomorrow();
		String manage = "/lab/manage/cohorts/" + cohort;
		this.mvc
			.perform(post(manage + "/participants").with(user(this.trainer))
				.with(csrf())
				.param("username", username(this.victim)))
			.andExpect(status().is4xxClientError());
		this.mvc
			.perform(post(manage + "/invitations").with(user(this.trainer))
				.with(csrf())
				.param("username", username(this.victim)))
			.andExpect(flash().attribute("success", "lab.invitation.sent"));
		assertThat(this.cohorts.placeOf(this.victim.getAccountId(), cohort)).isEmpty();
		// the victim sees the invitation and may decline; the trainer is not told
		this.mvc.perform(get("/lab/my").with(user(this.victim)))
			.andExpect(content().string(containsString("data-testid=\"invitations\"")));
		long invitation = this.cohorts.invitations(this.victim.getAccountId()).get(0).id();
		this.mvc.perform(post("/lab/my/invitations/" + invitation + "/decline").with(user(this.victim)).with(csrf()))
			.andExpect(flash().attribute("success", "lab.invitation.declined"));
		assertThat(this.cohorts.placeOf(this.victim.getAccountId(), cohort)).isEmpty();
		assertThat(this.cohorts.invitations(this.victim.getAccountId())).isEmpty();
		// someone else cannot answer an invitation that is not theirs
		this.planning.invite(this.trainer, LabFixtures.cohort(this.planning, this.published, this.trainer, this.scheme,
				25, this.today.plusDays(1), this.today.plusDays(9)), username(this.victim));
		long other = this.cohorts.invitations(this.victim.getAccountId()).get(0).id();
		this.mvc
			.perform(post("/lab/my/invitations/" + other + "/accept").with(user(verified(Role.PROFESSIONAL)))
				.with(csrf()))
			.andExpect(status().isNotFound());
	}

	/**
	 * Steps 2 and 3: four self-registered accounts that answered 1 everywhere join with
	 * the victim; "Before" over n=5 gave the victim's levels as 5 x mean - 4.
	 */
	@Test
	void fourUnverifiedPuppetsCannotLiftTheVictimsLevelsOverTheThreshold() throws Exception {
		long cohort = cohortStartingTomorrow();
		Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		LabFixtures.submittedAssessment(this.jdbc, this.victim.getAccountId(), yesterday, 3);
		this.membership.enrol(this.victim, cohort, true);
		List<ObservatoryUser> puppets = puppets(4);
		for (ObservatoryUser puppet : puppets) {
			LabFixtures.submittedAssessment(this.jdbc, puppet.getAccountId(), yesterday, 1);
			this.membership.enrol(puppet, cohort, true);
		}
		CohortReport report = this.evaluation.cohortReport(this.trainer, cohort);
		assertThat(report.enrolled()).isEqualTo(5);
		assertThat(report.preMean().isSuppressed()).isTrue();
		assertThat(report.competences()).allSatisfy((c) -> assertThat(c.pre().isSuppressed()).isTrue());
		this.mvc.perform(get("/lab/evaluation/cohorts/" + cohort).with(user(this.trainer)))
			.andExpect(content().string(containsString("fewer than 5")))
			.andExpect(content().string(not(containsString("(n=5)"))));
		this.mvc.perform(get("/lab/evaluation/cohorts/" + cohort + "/report.pdf").with(user(this.trainer)))
			.andExpect(status().isOk());
		// the same five as verified people would be a group the figures may show
		puppets.forEach((p) -> this.accounts.verify("admin", p.getAccountId()));
		assertThat(this.evaluation.cohortReport(this.trainer, cohort).preMean().isSuppressed()).isFalse();
	}

	/** One real participant and four sock puppets answering the feedback survey. */
	@Test
	void fourSockPuppetsCannotReadBackOneParticipantsFeedback() throws Exception {
		long cohort = cohortStartingTomorrow();
		long module = this.scheme.modules().get(0).moduleId();
		String secret = "Only I would write this " + UUID.randomUUID();
		this.membership.enrol(this.victim, cohort, false);
		this.feedback.submit(this.victim, cohort, module, answers(4, secret));
		for (ObservatoryUser puppet : puppets(4)) {
			this.membership.enrol(puppet, cohort, false);
			this.feedback.submit(puppet, cohort, module, answers(1, "Puppet"));
		}
		CohortReport report = this.evaluation.cohortReport(this.trainer, cohort);
		assertThat(report.modules()).allSatisfy((m) -> {
			assertThat(m.overall().isSuppressed()).isTrue();
			assertThat(m.relevance().isSuppressed()).isTrue();
			assertThat(m.respondents().isSuppressed()).isTrue();
			assertThat(m.comments()).isEmpty();
		});
		assertThat(report.activityTypes()).allSatisfy((t) -> assertThat(t.rating().isSuppressed()).isTrue());
		this.mvc.perform(get("/lab/evaluation/cohorts/" + cohort).with(user(this.trainer)))
			.andExpect(content().string(not(containsString(secret))));
		this.mvc.perform(get("/lab/evaluation").with(user(this.trainer)))
			.andExpect(content().string(containsString("fewer than 5")));
	}

	/**
	 * A comment that appeared between two readings of the report would tell who wrote it,
	 * so comments wait for the release boundary; then five verified respondents' comments
	 * show, in alphabetical order rather than the order they came in.
	 */
	@Test
	void commentsWaitForTheReleaseBoundaryAndShowInAlphabeticalOrder() {
		long cohort = cohortStartingTomorrow();
		long module = this.scheme.modules().get(0).moduleId();
		String run = UUID.randomUUID().toString();
		List<String> written = List.of("Echo " + run, "Bravo " + run, "Delta " + run, "Alpha " + run, "Charlie " + run);
		for (String comment : written) {
			ObservatoryUser person = verified(Role.PROFESSIONAL);
			this.membership.enrol(person, cohort, false);
			this.feedback.submit(person, cohort, module, answers(4, comment));
		}
		assertThat(this.evaluation.cohortReport(this.trainer, cohort).modules().get(0).comments()).isEmpty();
		this.jdbc.sql("""
				update lab.feedback set submitted_at = date_trunc('month', now()) - interval '1 day'
				where enrolment_id in (select id from lab.enrolment where cohort_id = :c)""")
			.param("c", cohort)
			.update();
		CohortReport report = this.evaluation.cohortReport(this.trainer, cohort);
		assertThat(report.modules().get(0).comments()).containsExactly("Alpha " + run, "Bravo " + run, "Charlie " + run,
				"Delta " + run, "Echo " + run);
		assertThat(report.modules().get(0).overall().isSuppressed()).isFalse();
	}

	/**
	 * The lab's public indicators: a trained group of one real person and four puppets is
	 * not released, and every released head count is a rounded group of verified people.
	 */
	@Test
	void labIndicatorsReleaseOnlyRoundedGroupsOfVerifiedPeople() {
		long cohort = LabFixtures.cohort(this.planning, this.published, this.trainer, this.scheme, 25,
				this.today.minusDays(10), this.today);
		List<ObservatoryUser> people = new ArrayList<>(puppets(4));
		people.add(this.victim);
		long module = this.scheme.modules().get(0).moduleId();
		for (ObservatoryUser person : people) {
			this.membership.enrol(person, cohort, true);
			this.membership.markActivity(person, cohort, module, 2, true);
		}
		List<IndicatorValue> values = this.indicators.stream()
			.flatMap((s) -> s.values(this.today).stream())
			.filter((v) -> v.code().startsWith("lab."))
			.toList();
		assertThat(values).filteredOn(IndicatorValue::personBased).isNotEmpty().allSatisfy((v) -> {
			if (v.value() == null) {
				assertThat(v.basis()).isZero();
			}
			else {
				assertThat(v.basis()).isGreaterThanOrEqualTo(5);
				assertThat(v.basis() % 5).isZero();
			}
		});
	}

	/**
	 * "No active professional with that username" told who exists; now every name gets
	 * the same answer.
	 */
	@Test
	void invitingByUsernameDoesNotTellWhetherTheNameExists() throws Exception {
		long cohort = cohortStartingTomorrow();
		ObservatoryUser invited = verified(Role.PROFESSIONAL);
		for (String name : List.of(username(this.victim), "nobody-" + UUID.randomUUID(), username(this.editor),
				username(this.victim), username(this.trainer), "")) {
			this.mvc
				.perform(post("/lab/manage/cohorts/" + cohort + "/invitations").with(user(this.trainer))
					.with(csrf())
					.param("username", name))
				.andExpect(redirectedUrl("/lab/manage/cohorts/" + cohort + "#participants"))
				.andExpect(flash().attribute("success", "lab.invitation.sent"))
				.andExpect(flash().attributeCount(1));
		}
		this.planning.invite(this.trainer, cohort, username(invited));
		// pending invitations are not listed, so the page does not tell either
		this.mvc.perform(get("/lab/manage/cohorts/" + cohort).with(user(this.trainer)))
			.andExpect(content().string(not(containsString(this.victim.getDisplayName()))));
		assertThat(this.cohorts.participants(cohort)).isEmpty();
		assertThat(this.cohorts.invitations(this.victim.getAccountId())).hasSize(1);
	}

	@Test
	void withdrawingConsentTakesTheLevelsOutOfTheFiguresAtOnce() throws Exception {
		long cohort = cohortStartingTomorrow();
		Instant yesterday = Instant.now().minus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
		List<ObservatoryUser> five = new ArrayList<>(List.of(this.victim));
		for (int i = 0; i < 4; i++) {
			five.add(verified(Role.PROFESSIONAL));
		}
		for (ObservatoryUser person : five) {
			LabFixtures.submittedAssessment(this.jdbc, person.getAccountId(), yesterday, 2);
			this.membership.enrol(person, cohort, true);
		}
		ObservatoryUser withoutConsent = verified(Role.PROFESSIONAL);
		LabFixtures.submittedAssessment(this.jdbc, withoutConsent.getAccountId(), yesterday, 4);
		this.membership.enrol(withoutConsent, cohort, false);
		CohortReport report = this.evaluation.cohortReport(this.trainer, cohort);
		assertThat(report.preMean().isSuppressed()).isFalse();
		assertThat(report.preMean().people()).isEqualTo(5);
		this.mvc
			.perform(post("/lab/my/cohorts/" + cohort + "/consent").with(user(this.victim))
				.with(csrf())
				.param("levelsConsent", "false"))
			.andExpect(flash().attribute("success", "lab.consent.withdrawn"));
		assertThat(this.evaluation.cohortReport(this.trainer, cohort).preMean().isSuppressed()).isTrue();
		// giving it again counts the levels again
		this.mvc
			.perform(post("/lab/my/cohorts/" + cohort + "/consent").with(user(this.victim))
				.with(csrf())
				.param("levelsConsent", "true"))
			.andExpect(flash().attribute("success", "lab.consent.given"));
		assertThat(this.evaluation.cohortReport(this.trainer, cohort).preMean().people()).isEqualTo(5);
	}

	@Test
	void aParticipantSeesWhatTheTrainersOfTheirCohortSeeOfThem() throws Exception {
		long cohort = LabFixtures.cohort(this.planning, this.published, this.trainer, this.scheme, 25, this.today,
				this.today.plusDays(7));
		long session = this.planning.addSession(this.trainer, cohort,
				new SessionFields("Workshop", this.today, LocalTime.of(9, 0), LocalTime.of(12, 0), "Lab", null));
		this.planning.invite(this.trainer, cohort, username(this.victim));
		this.mvc.perform(get("/lab/my").with(user(this.victim)))
			.andExpect(content().string(containsString("/lab/my/invitations/")));
		long invitation = this.cohorts.invitations(this.victim.getAccountId()).get(0).id();
		this.mvc.perform(post("/lab/my/invitations/" + invitation + "/accept").with(user(this.victim)).with(csrf()))
			.andExpect(flash().attribute("success", "lab.enrol.done.ENROLLED"));
		long enrolment = this.cohorts.placeOf(this.victim.getAccountId(), cohort).orElseThrow().enrolmentId();
		this.planning.recordAttendance(this.trainer, cohort, session, Set.of(enrolment));
		String attendance = "1 of 1 sessions (100%)";
		String name = this.victim.getDisplayName();
		this.mvc.perform(get("/lab/manage/cohorts/" + cohort).with(user(this.trainer)))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString(attendance)))
			.andExpect(content().string(containsString("Not yet (0 of 1 activities done)")));
		this.mvc.perform(get("/lab/my").with(user(this.victim)))
			.andExpect(content().string(containsString("What the trainers of this cohort can see about you")))
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString(attendance)))
			.andExpect(content().string(containsString("Not yet (0 of 1 activities done)")))
			.andExpect(content().string(containsString("Not used: you have not agreed")));
		this.membership.giveConsent(this.victim, cohort);
		this.mvc.perform(get("/lab/my").with(user(this.victim)))
			.andExpect(content().string(containsString("Counted only within group figures")));
		assertThat(this.evaluation.whatTrainersSee(this.victim)).singleElement()
			.satisfies((v) -> assertThat(v.levelsCounted()).isTrue());
		// a self-registered account is told its levels wait for verification
		ObservatoryUser unverified = puppets(1).get(0);
		this.membership.enrol(unverified, cohort, true);
		this.mvc.perform(get("/lab/my").with(user(unverified)))
			.andExpect(content().string(containsString("Not counted yet")));
		for (String lang : List.of("it", "el")) {
			this.mvc.perform(get("/lab/my").param("lang", lang).with(user(this.victim))).andExpect(status().isOk());
		}
	}

	/**
	 * A finished pilot's evaluation is public, as publications cite it: group figures
	 * through the kernel's disclosure control, never comments or names; before the cohort
	 * ends there is nothing to read or cite.
	 */
	@Test
	void aFinishedPilotsEvaluationIsPublicAndCitableWithGroupFiguresOnly() throws Exception {
		long cohort = cohortStartingTomorrow();
		long module = this.scheme.modules().get(0).moduleId();
		String secret = "Only one of us wrote this " + UUID.randomUUID();
		List<ObservatoryUser> five = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			ObservatoryUser person = verified(Role.PROFESSIONAL);
			five.add(person);
			this.membership.enrol(person, cohort, false);
			this.feedback.submit(person, cohort, module, answers(4, secret + " " + i));
		}
		// released to the trainers: the comments are past the release boundary
		this.jdbc.sql("""
				update lab.feedback set submitted_at = date_trunc('month', now()) - interval '1 day'
				where enrolment_id in (select id from lab.enrolment where cohort_id = :c)""")
			.param("c", cohort)
			.update();
		String page = "/lab/cohorts/" + cohort + "/evaluation";
		this.mvc.perform(get(page)).andExpect(status().isNotFound());
		assertThat(this.evidence.resolve(EvidenceKind.PILOT_EVALUATION, String.valueOf(cohort))).isEmpty();

		this.jdbc.sql("update lab.cohort set starts_on = current_date - 20, ends_on = current_date - 2 where id = :c")
			.param("c", cohort)
			.update();
		String title = this.cohorts.require(cohort).title();
		String body = this.mvc.perform(get(page))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(not(containsString(secret))))
			.andReturn()
			.getResponse()
			.getContentAsString();
		// every answer was 4: the module's five means and the rating by activity type
		// are shown for the five, each within the disclosure noise of 4.0 (at most two
		// units of 4 / 3 over 5 answers); an exact 4.0 showed only where a figure drew 0
		Matcher means = Pattern.compile(">(\\d\\.\\d) \\(n=5\\)<").matcher(body);
		List<Double> shown = new ArrayList<>();
		while (means.find()) {
			shown.add(Double.parseDouble(means.group(1)));
		}
		assertThat(shown).hasSizeGreaterThanOrEqualTo(5).allSatisfy((mean) -> assertThat(mean).isBetween(3.4, 4.6));
		assertThat(five).allSatisfy((p) -> assertThat(body).doesNotContain(p.getDisplayName()));
		this.mvc.perform(get("/lab/cohorts/" + cohort)).andExpect(content().string(containsString(page)));
		CitedEvidence cited = this.evidence.resolve(EvidenceKind.PILOT_EVALUATION, String.valueOf(cohort))
			.orElseThrow();
		assertThat(cited.href()).isEqualTo(page);
		assertThat(cited.title()).contains(title);
		assertThat(this.evidence.search(EvidenceKind.PILOT_EVALUATION, title, 5)).extracting(CitedEvidence::reference)
			.containsExactly(String.valueOf(cohort));
	}

	private long cohortStartingTomorrow() {
		return LabFixtures.cohort(this.planning, this.published, this.trainer, this.scheme, 25, this.today.plusDays(1),
				this.today.plusDays(20));
	}

	private ObservatoryUser verified(Role role) {
		return new ObservatoryUser(TestAccounts.create(this.accounts, role, null));
	}

	/** Self-registered accounts: not verified. */
	private List<ObservatoryUser> puppets(int n) {
		List<ObservatoryUser> puppets = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String name = "puppet-" + UUID.randomUUID().toString().substring(0, 8);
			puppets.add(new ObservatoryUser(
					this.accounts.register(new NewAccount(name, "Puppet " + i, null, TestAccounts.PASSWORD))
						.orElseThrow()));
		}
		return puppets;
	}

	private static String username(ObservatoryUser user) {
		return user.getUsername();
	}

	private static FeedbackAnswers answers(int rating, String comment) {
		return new FeedbackAnswers(rating, rating, rating, rating, rating,
				java.util.Map.of(ActivityType.WORKSHOP, rating), comment);
	}

}
