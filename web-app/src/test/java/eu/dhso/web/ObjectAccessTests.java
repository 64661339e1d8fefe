package eu.dhso.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.dhso.cases.report.OpenReportPublishing;
import eu.dhso.cases.report.ReportScope;
import eu.dhso.cases.workflow.CaseDrafts;
import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.AccountLifecycle.NewAccount;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccount;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.guidelines.event.EventCalendar;
import eu.dhso.guidelines.event.EventKind;
import eu.dhso.guidelines.event.Event.NewEvent;
import eu.dhso.guidelines.guideline.Audience;
import eu.dhso.guidelines.guideline.Consultation;
import eu.dhso.guidelines.guideline.GuidelineDocument;
import eu.dhso.guidelines.guideline.GuidelinePublishing;
import eu.dhso.guidelines.network.Network;
import eu.dhso.guidelines.network.NetworkMember.Application;
import eu.dhso.guidelines.network.Sector;
import eu.dhso.guidelines.report.ReportPublishing;
import eu.dhso.guidelines.report.ReportDocument;
import eu.dhso.lab.certificate.CertificateIssuing;
import eu.dhso.lab.cohort.CohortMembership;
import eu.dhso.lab.cohort.CohortPlanning;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.cohort.CohortFields;
import eu.dhso.lab.cohort.SessionFields;
import eu.dhso.lab.resource.ResourceFields;
import eu.dhso.lab.resource.ResourceKind;
import eu.dhso.lab.resource.ResourceLibrary;
import eu.dhso.lab.resource.UploadedFile;
import eu.dhso.lab.scheme.ActivityType;
import eu.dhso.lab.scheme.CompetenceTitles;
import eu.dhso.lab.scheme.Delivery;
import eu.dhso.lab.scheme.SchemeDraft;
import eu.dhso.lab.scheme.SchemeFields;
import eu.dhso.lab.scheme.PublishedSchemes;
import eu.dhso.lab.scheme.PublishedSchemes.PublishedVersion;
import eu.dhso.lab.scheme.SchemeDrafts;
import eu.dhso.lab.scheme.SchemeSnapshot.ModuleSnapshot;
import eu.dhso.lab.expert.ExpertDirectory;
import eu.dhso.lab.expert.ProfileFields;
import eu.dhso.lab.trainer.TrainerQualification;
import eu.dhso.skills.assessment.Assessment.Respondent;
import eu.dhso.skills.assessment.AssessmentItem;
import eu.dhso.skills.assessment.SelfAssessmentTaking;
import eu.dhso.skills.assessment.SelfAssessmentTaking.AreaProgress;
import eu.dhso.skills.assessment.ExperienceBand;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Object-level access (OWASP ASVS V4.2.1, "IDOR") for every endpoint whose path names an
 * object, against {@code security/object-access.txt}: someone of the same role who does
 * not own the object (another organisation, another participant, another trainer) gets
 * 403 or 404, sees nothing of it and changes nothing of it. A new id-bearing endpoint
 * without a line fails the test, so nobody ships one whose owner was never decided.
 */
@ObservatoryTest
class ObjectAccessTests {

	static final String TABLE = "security/object-access.txt";

	static final String PASSWORD = "object access check passphrase";

	static final Pattern VARIABLE = Pattern.compile("\\{([a-z0-9-]+)(?:\\.([a-zA-Z]+))?\\}");

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	AccountLifecycle accountService;

	@Autowired
	Organisations organisations;

	@Autowired
	CaseDrafts caseDrafts;

	@Autowired
	OpenReportPublishing openReports;

	@Autowired
	SelfAssessmentTaking assessments;

	@Autowired
	CohortViews cohorts;

	@Autowired
	CohortPlanning planning;

	@Autowired
	CohortMembership membership;

	@Autowired
	CertificateIssuing certificates;

	@Autowired
	SchemeDrafts schemes;

	@Autowired
	PublishedSchemes publishedSchemes;

	@Autowired
	TrainerQualification qualification;

	@Autowired
	ExpertDirectory experts;

	@Autowired
	ResourceLibrary resources;

	@Autowired
	CompetenceTitles competences;

	@Autowired
	EventCalendar events;

	@Autowired
	GuidelinePublishing guidelines;

	@Autowired
	Consultation consultation;

	@Autowired
	Network network;

	@Autowired
	eu.dhso.skills.maturity.MaturityAssessment maturity;

	@Autowired
	eu.dhso.skills.agents.ChangeAgentRoster agents;

	@Autowired
	eu.dhso.lab.mentoring.Mentoring mentoring;

	@Autowired
	eu.dhso.skills.workshop.NeedsWorkshops workshops;

	@Autowired
	ReportPublishing reports;

	@Test
	void everyIdBearingEndpointHasALine() throws IOException {
		Set<String> covered = new TreeSet<>();
		for (Line line : readTable()) {
			covered.add(line.key());
		}
		List<String> missing = MappedEndpoints.idBearing(this.handlerMapping)
			.stream()
			.filter((endpoint) -> !covered.contains(endpoint))
			.toList();
		assertThat(missing)
			.as("endpoints with a path variable but no line in %s (add a check: who owns the object and who must not "
					+ "reach it; or 'public'/'role-only' with the reason)", TABLE)
			.isEmpty();
	}

	@Test
	void everyLineNamesAMappedEndpoint() throws IOException {
		Set<String> mapped = MappedEndpoints.of(this.handlerMapping);
		List<String> stale = readTable().stream()
			.map(Line::key)
			.distinct()
			.filter((key) -> !mapped.contains(key))
			.toList();
		assertThat(stale).as("lines in %s for endpoints that no longer exist", TABLE).isEmpty();
	}

	@Test
	void nobodyReachesAnObjectThatBelongsToSomeoneElse() throws Exception {
		World world = new World();
		List<String> violations = new ArrayList<>();
		int checked = 0;
		for (Line line : readTable()) {
			if (line.classification() != null) {
				continue;
			}
			Fixture fixture = world.fixture(line.fixture());
			String path = world.expand(line.sample());
			if (!line.owner().equals("-")) {
				MockHttpServletResponse response = perform(line.method(), path, world.account(line.owner()));
				if (!reached(response)) {
					violations.add("%s %s as its owner %s: expected to reach it, got %d %s".formatted(line.method(),
							path, line.owner(), response.getStatus(), location(response)));
				}
				else if (response.getStatus() == 200
						&& !String.valueOf(response.getHeader("Cache-Control")).contains("no-store")) {
					violations.add("%s %s as its owner %s: private, but Cache-Control is %s".formatted(line.method(),
							path, line.owner(), response.getHeader("Cache-Control")));
				}
			}
			for (String intruder : line.intruders()) {
				String before = fixture.state(this.jdbc);
				MockHttpServletResponse response = perform(line.method(), path, world.account(intruder));
				String after = fixture.state(this.jdbc);
				checked++;
				String problem = problem(line, response, intruder, fixture, before, after);
				if (problem != null) {
					violations.add("%s %s as %s: %s".formatted(line.method(), path, intruder, problem));
				}
			}
		}
		assertThat(checked).as("requests checked").isGreaterThan(100);
		assertThat(violations).isEmpty();
	}

	private static String problem(Line line, MockHttpServletResponse response, String intruder, Fixture fixture,
			String before, String after) throws IOException {
		int status = response.getStatus();
		if (line.expected().equals("hidden") && !refused(response, intruder)) {
			return "expected 403 or 404, got %d %s".formatted(status, location(response));
		}
		if (line.expected().equals("own-only") && (status == 400 || status >= 500)) {
			return "expected an ordinary answer, got " + status;
		}
		if (fixture.marker() != null
				&& response.getContentAsString(StandardCharsets.UTF_8).contains(fixture.marker())) {
			return "the answer shows '%s' of fixture %s".formatted(fixture.marker(), line.fixture());
		}
		if (!before.equals(after)) {
			return "fixture %s changed:%n  before %s%n  after  %s".formatted(line.fixture(), before, after);
		}
		return null;
	}

	private static boolean refused(MockHttpServletResponse response, String actor) {
		int status = response.getStatus();
		if (status == 403 || status == 404) {
			return true;
		}
		String location = response.getRedirectedUrl();
		return actor.equals("anonymous")
				&& (status == 401 || (status == 302 && location != null && location.endsWith("/login")));
	}

	private static boolean reached(MockHttpServletResponse response) {
		int status = response.getStatus();
		String location = response.getRedirectedUrl();
		return status == 200 || (status == 302 && location != null && !location.endsWith("/login"));
	}

	private static String location(MockHttpServletResponse response) {
		return (response.getRedirectedUrl() != null) ? "-> " + response.getRedirectedUrl() : "";
	}

	private MockHttpServletResponse perform(String method, String path, UserAccount account) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(method), path).accept("text/html");
		if (method.equals("POST")) {
			request.with(csrf());
		}
		if (account != null) {
			request.with(user(new ObservatoryUser(account)));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	static List<Line> readTable() throws IOException {
		return MappedEndpoints.lines(TABLE).stream().map(Line::parse).toList();
	}

	/**
	 * One line of the table: a check (sample, fixture, owner, intruders, expected) or a
	 * classification ("public" or "role-only" with its reason).
	 */
	record Line(String method, String pattern, String sample, String fixture, String owner, List<String> intruders,
			String expected, String classification) {

		static final Set<String> EXPECTED = Set.of("hidden", "own-only");

		static Line parse(String text) {
			String[] fields = text.split("\\s+");
			assertThat(fields.length).as("line '%s' is too short", text).isGreaterThanOrEqualTo(4);
			assertThat(fields[0]).as("method in '%s'", text).isIn("GET", "POST");
			if (fields[2].equals("public") || fields[2].equals("role-only")) {
				return new Line(fields[0], fields[1], null, null, null, List.of(), null, fields[2]);
			}
			assertThat(fields).as("line '%s' needs: METHOD pattern sample fixture owner intruders expected", text)
				.hasSize(7);
			assertThat(fields[6]).as("expected outcome in '%s'", text).isIn(EXPECTED);
			assertThat(fields[0].equals("GET") || fields[4].equals("-"))
				.as("'%s': a POST has no owner check (it would change the fixture)", text)
				.isTrue();
			return new Line(fields[0], fields[1], fields[2], fields[3], fields[4], Arrays.asList(fields[5].split(",")),
					fields[6], null);
		}

		String key() {
			return this.method + " " + this.pattern;
		}

	}

	/** An object someone owns: its values for the sample paths, and its rows. */
	record Fixture(Map<String, String> values, String marker, List<Rows> rows) {

		String value(String name) {
			String value = this.values.get(name);
			assertThat(value).as("fixture value %s (known: %s)", name, this.values.keySet()).isNotNull();
			return value;
		}

		String state(JdbcClient jdbc) {
			StringBuilder state = new StringBuilder();
			for (Rows query : this.rows) {
				state.append(jdbc.sql(query.sql()).params(query.params()).query(String.class).list()).append(' ');
			}
			return state.toString();
		}

	}

	/** A query whose text rows stand for (part of) a fixture's state. */
	record Rows(String sql, List<Object> params) {

		static Rows of(String sql, Object... params) {
			return new Rows(sql, List.of(params));
		}

	}

	/**
	 * The test accounts and the fixtures, created once: every owner is a test account or
	 * a demo account, every intruder a test account of the same role elsewhere.
	 */
	class World {

		final String run = UUID.randomUUID().toString().substring(0, 8);

		final Map<String, UserAccount> accounts = new HashMap<>();

		final Map<String, Fixture> fixtures = new LinkedHashMap<>();

		World() {
			account("partner2", Role.PARTNER, "Limassol Digital Care Hospital");
			account("trainer1", Role.TRAINER, "Baltic Digital Care Academy");
			account("trainer2", Role.TRAINER, "Aegean Health Skills Institute");
			account("professional1", Role.PROFESSIONAL, null);
			account("professional2", Role.PROFESSIONAL, null);
			caseFixtures();
			skillsFixtures();
			labFixtures();
			guidelinesFixtures();
			maturityFixtures();
			mentoringFixtures();
		}

		UserAccount account(String name) {
			if (name.equals("anonymous")) {
				return null;
			}
			UserAccount account = this.accounts.computeIfAbsent(name,
					(demo) -> ObjectAccessTests.this.accounts.findByUsernameIgnoreCase(demo).orElse(null));
			assertThat(account).as("account %s", name).isNotNull();
			return account;
		}

		ObservatoryUser user(String name) {
			return new ObservatoryUser(account(name));
		}

		Fixture fixture(String name) {
			Fixture fixture = this.fixtures.get(name);
			assertThat(fixture).as("fixture %s (known: %s)", name, this.fixtures.keySet()).isNotNull();
			return fixture;
		}

		/** The sample with every {fixture} and {fixture.value} replaced. */
		String expand(String sample) {
			Matcher matcher = VARIABLE.matcher(sample);
			StringBuilder path = new StringBuilder();
			while (matcher.find()) {
				String value = (matcher.group(2) != null && this.accounts.containsKey(matcher.group(1)))
						? accountValue(matcher.group(1), matcher.group(2))
						: fixture(matcher.group(1)).value((matcher.group(2) != null) ? matcher.group(2) : "id");
				matcher.appendReplacement(path, Matcher.quoteReplacement(value));
			}
			matcher.appendTail(path);
			return path.toString();
		}

		private String accountValue(String account, String value) {
			assertThat(value).as("account value").isEqualTo("username");
			return account(account).getUsername();
		}

		private void account(String name, Role role, String organisation) {
			String username = name + "-" + this.run;
			UserAccount account = ObjectAccessTests.this.accountService
				.createIfAbsent(new NewAccount(username, name + " " + this.run, null, PASSWORD), role,
						(organisation != null)
								? ObjectAccessTests.this.organisations.findByName(organisation).orElseThrow() : null)
				.orElseThrow();
			this.accounts.put(name, account);
		}

		private String marker(String what) {
			return what + " " + this.run;
		}

		private void add(String name, Map<String, Object> values, String marker, Rows... rows) {
			Map<String, String> text = new HashMap<>();
			values.forEach((key, value) -> text.put(key, String.valueOf(value)));
			this.fixtures.put(name, new Fixture(text, marker, List.of(rows)));
		}

		private void caseFixtures() {
			String title = marker("Private draft case");
			long id = ObjectAccessTests.this.caseDrafts.start(user("partner"), title, (draft) -> {
			}).getId();
			long version = ObjectAccessTests.this.jdbc.sql("select version from cases.interview_case where id = ?")
				.param(id)
				.query(Long.class)
				.single();
			add("case", Map.of("id", id, "version", version), title,
					Rows.of("select c::text from cases.interview_case c where c.id = ?", id));

			String caption = marker("Private attachment");
			long attachment = ObjectAccessTests.this.jdbc.sql("""
					insert into cases.case_attachment (case_id, file_name, content_type, size_bytes, caption, is_public,
					    uploaded_by, uploaded_at)
					values (?, 'consent-form.pdf', 'application/pdf', 9, ?, true, 'partner', now()) returning id""")
				.params(id, caption)
				.query(Long.class)
				.single();
			ObjectAccessTests.this.jdbc
				.sql("insert into cases.case_attachment_content (attachment_id, content) values (?, ?)")
				.params(attachment, "%PDF-1.4\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII))
				.update();
			add("attachment", Map.of("id", attachment, "case", id), caption,
					Rows.of("select a::text from cases.case_attachment a where a.id = ?", attachment));

			String reportTitle = marker("Draft open report");
			long report = ObjectAccessTests.this.openReports
				.start(reportTitle, new ReportScope(null, null, List.of(), List.of()), "admin")
				.getId();
			add("open-report", Map.of("id", report), reportTitle,
					Rows.of("select r::text from cases.open_report r where r.id = ?", report));
		}

		private void skillsFixtures() {
			Long owner = account("professional1").getId();
			Respondent respondent = new Respondent("NURSE", "LT", "HOSPITAL", ExperienceBand.YEARS_2_5);
			long attempt = ObjectAccessTests.this.assessments.start(owner, respondent);
			String area = ObjectAccessTests.this.assessments.review(attempt, owner).orElseThrow().progress().first();
			long item = ObjectAccessTests.this.assessments.area(attempt, owner, area)
				.orElseThrow()
				.items()
				.get(0)
				.getId();
			add("attempt", Map.of("id", attempt, "area", area, "item", item), null, attemptRows(attempt));

			long result = ObjectAccessTests.this.assessments.start(owner, respondent);
			for (AreaProgress progress : ObjectAccessTests.this.assessments.review(result, owner)
				.orElseThrow()
				.progress()
				.areas()) {
				Map<Long, Integer> choices = new HashMap<>();
				for (AssessmentItem each : ObjectAccessTests.this.assessments.area(result, owner, progress.code())
					.orElseThrow()
					.items()) {
					choices.put(each.getId(), 2);
				}
				ObjectAccessTests.this.assessments.answer(result, owner, progress.code(), choices);
			}
			assertThat(ObjectAccessTests.this.assessments.submit(result, owner)).as("result fixture submitted")
				.isTrue();
			add("result", Map.of("id", result), null, attemptRows(result));
		}

		private void maturityFixtures() {
			ObservatoryUser partner = user("partner");
			Long hospital = partner.getOrganisationId();
			Long round = ObjectAccessTests.this.maturity.create(partner, hospital, "Fixture round " + this.run,
					java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 3, 31));
			ObjectAccessTests.this.maturity.open(partner, round);
			add("round", Map.of("id", round), null,
					Rows.of("select r::text from skills.maturity_round r where r.id = ?", round),
					Rows.of("select count(*)::text from skills.maturity_invitation where round_id = ?", round));
			account("agent1", Role.PROFESSIONAL, "Tyrrhenian University Hospital");
			Long agent = ObjectAccessTests.this.agents.nominate(partner, hospital, account("agent1").getUsername(),
					List.of("S3.2"));
			ObjectAccessTests.this.agents.accept(user("agent1"), agent);
			add("agent", Map.of("id", agent), null,
					Rows.of("select a::text from skills.change_agent a where a.id = ?", agent),
					Rows.of("select count(*)::text from skills.change_agent_activity where agent_id = ?", agent));
		}

		/**
		 * professional1's agreed work-based plan with mentor1, evidence (a file) logged;
		 * and a draft needs workshop of the demo partner's organisation.
		 */
		private void mentoringFixtures() {
			account("mentor1", Role.MENTOR, "Limassol Digital Care Hospital");
			ObservatoryUser professional = user("professional1");
			ObservatoryUser mentor = user("mentor1");
			var mentoring = ObjectAccessTests.this.mentoring;
			long plan = mentoring.propose(professional, marker("Work-based plan"), null, mentor.getUsername())
				.orElseThrow();
			mentoring.addActivity(professional, plan, planVersion(plan), new eu.dhso.lab.mentoring.ActivityFields(
					"Lead a video round", null, List.of("S1.1"), 2, List.of(), java.time.LocalDate.now().plusDays(30)));
			mentoring.agree(mentor, plan, planVersion(plan));
			long activity = ObjectAccessTests.this.jdbc.sql("select id from lab.mentoring_activity where plan_id = ?")
				.param(plan)
				.query(Long.class)
				.single();
			mentoring.logEvidence(professional, plan, activity, "Ward notes",
					new eu.dhso.lab.resource.UploadedFile("notes.pdf", UploadTests.PDF));
			long evidence = ObjectAccessTests.this.jdbc
				.sql("select id from lab.mentoring_evidence where activity_id = ?")
				.param(activity)
				.query(Long.class)
				.single();
			add("plan", Map.of("id", plan, "activity", activity, "evidence", evidence), null,
					Rows.of("select p::text from lab.mentoring_plan p where p.id = ?", plan),
					Rows.of("select a::text from lab.mentoring_activity a where a.plan_id = ? order by a.id", plan),
					Rows.of("select count(*)::text from lab.mentoring_evidence where activity_id = ?", activity));

			ObservatoryUser partner = user("partner");
			String title = marker("Draft workshop");
			long workshop = ObjectAccessTests.this.workshops.record(null,
					new eu.dhso.skills.workshop.WorkshopDetails(title, java.time.LocalDate.now().minusDays(3), "Ward 3",
							"IT", null, "Facilitator"),
					Map.of("NURSE", 6), List.of(new eu.dhso.skills.workshop.Finding("Video triage",
							eu.dhso.skills.workshop.Priority.HIGH, List.of("S1.1"))),
					partner);
			add("workshop", Map.of("id", workshop), title,
					Rows.of("select w::text from skills.workshop w where w.id = ?", workshop));
		}

		private long planVersion(long plan) {
			return ObjectAccessTests.this.jdbc.sql("select version from lab.mentoring_plan where id = ?")
				.param(plan)
				.query(Long.class)
				.single();
		}

		private Rows[] attemptRows(long id) {
			return new Rows[] { Rows.of("select a::text from skills.assessment a where a.id = ?", id),
					Rows.of("select a::text from skills.answer a where a.assessment_id = ? order by a.item_id", id) };
		}

		private void labFixtures() {
			CohortViews cohortService = ObjectAccessTests.this.cohorts;
			CohortPlanning planning = ObjectAccessTests.this.planning;
			CohortMembership membership = ObjectAccessTests.this.membership;
			PublishedVersion version = ObjectAccessTests.this.publishedSchemes.latestVersions()
				.stream()
				.filter((v) -> v.scheme().modules().stream().anyMatch((m) -> !m.selfPacedActivities().isEmpty()))
				// trainer1 and trainer2 are not certified trainers of any track
				.filter((v) -> !ObjectAccessTests.this.qualification.requiresCertification(v.scheme().schemeId()))
				.findFirst()
				.orElseThrow();
			LocalDate today = cohortService.today();

			// a cohort of trainer1 with professional1 enrolled, present and done: a
			// certificate
			ObservatoryUser trainer1 = user("trainer1");
			ObservatoryUser participant = user("professional1");
			long cohort = planning.create(trainer1, new CohortFields(version.versionId(), marker("Cohort of trainer1"),
					"LT", today.minusDays(10), today.plusDays(30), 20, 80));
			long session = planning.addSession(trainer1, cohort, new SessionFields("Kick-off", today.minusDays(5),
					LocalTime.of(9, 0), LocalTime.of(11, 0), "Vilnius", null));
			membership.enrol(participant, cohort, true);
			long enrolment = cohortService.placeOf(participant.getAccountId(), cohort).orElseThrow().enrolmentId();
			planning.recordAttendance(trainer1, cohort, session, Set.of(enrolment));
			ModuleSnapshot module = version.scheme()
				.modules()
				.stream()
				.filter((m) -> !m.selfPacedActivities().isEmpty())
				.findFirst()
				.orElseThrow();
			for (ModuleSnapshot each : version.scheme().modules()) {
				for (int activity : each.selfPacedActivities()) {
					membership.markActivity(participant, cohort, each.moduleId(), activity, true);
				}
			}
			add("cohort", Map.of("id", cohort, "session", session, "enrolment", enrolment), null, cohortRows(cohort));
			add("place",
					Map.of("id", cohort, "module", module.moduleId(), "activity", module.selfPacedActivities().get(0)),
					participant.getDisplayName(),
					Rows.of("select e::text from lab.enrolment e where e.id = ?", enrolment),
					Rows.of("select d::text from lab.activity_done d where d.enrolment_id = ? order by 1", enrolment),
					Rows.of("select f::text from lab.feedback f where f.enrolment_id = ? order by 1", enrolment));

			// professional1's certificate for that cohort: only an admin or trainer1 may
			// withdraw it
			String code = ObjectAccessTests.this.certificates.issueFor(participant, cohort).certificate().getCode();
			add("certificate", Map.of("id", code), null,
					Rows.of("select c::text from lab.certificate c where c.code = ?", code));

			// the demo partner asks trainer1, a listed expert, to follow up: only the two
			// of them see it, and only trainer1 answers
			ObservatoryUser expert = user("trainer1");
			ObjectAccessTests.this.experts.saveOwn(expert,
					new ProfileFields("Facilitator", null, List.of("en"), List.of("LT"), List.of()), true);
			long profile = ObjectAccessTests.this.experts.own(expert).orElseThrow().id();
			String subject = marker("Request to trainer1");
			long request = ObjectAccessTests.this.experts.request(user("partner"), profile, subject,
					"Please follow up");
			add("request", Map.of("id", request), subject,
					Rows.of("select r::text from lab.follow_up_request r where r.id = ?", request));

			// a cohort of trainer2 with professional2 enrolled
			ObservatoryUser trainer2 = user("trainer2");
			long cohort2 = planning.create(trainer2, new CohortFields(version.versionId(), marker("Cohort of trainer2"),
					"GR", today.minusDays(10), today.plusDays(30), 20, 80));
			long session2 = planning.addSession(trainer2, cohort2, new SessionFields("Opening", today.minusDays(4),
					LocalTime.of(9, 0), LocalTime.of(11, 0), "Athens", null));
			membership.enrol(user("professional2"), cohort2, true);
			long enrolment2 = cohortService.placeOf(account("professional2").getId(), cohort2)
				.orElseThrow()
				.enrolmentId();
			add("cohort2", Map.of("id", cohort2, "session", session2, "enrolment", enrolment2), null,
					cohortRows(cohort2));

			// trainer2 invites professional1 to cohort2: only professional1 may answer
			planning.invite(trainer2, cohort2, participant.getUsername());
			long invitation = cohortService.invitations(participant.getAccountId())
				.stream()
				.filter((i) -> i.cohort().id() == cohort2)
				.findFirst()
				.orElseThrow()
				.id();
			add("invitation", Map.of("id", invitation), null,
					Rows.of("select i::text from lab.invitation i where i.id = ?", invitation),
					Rows.of("select e::text from lab.enrolment e where e.cohort_id = ? order by e.id", cohort2));

			scheme("scheme", trainer1);
			scheme("scheme2", trainer2);

			long resource = ObjectAccessTests.this.resources
				.create(trainer1,
						new ResourceFields(marker("Resource of trainer1"), "A checklist", ResourceKind.LINK, "en",
								"CC-BY-4.0", null, List.of(), List.of(), List.of(), "https://example.org/checklist"),
						null);
			add("resource", Map.of("id", resource), null,
					Rows.of("select r::text from lab.resource r where r.id = ?", resource));
			String withdrawnTitle = marker("Withdrawn resource");
			long withdrawn = ObjectAccessTests.this.resources.create(trainer1,
					new ResourceFields(withdrawnTitle, "Notes", ResourceKind.DOCUMENT, "en", "CC-BY-4.0", null,
							List.of(), List.of(), List.of(), null),
					new UploadedFile("notes.txt", ("Private notes " + this.run).getBytes(StandardCharsets.UTF_8)));
			ObjectAccessTests.this.resources.setPublished(trainer1, withdrawn, false);
			add("withdrawn-resource", Map.of("id", withdrawn), "Private notes " + this.run,
					Rows.of("select r::text from lab.resource r where r.id = ?", withdrawn));
		}

		private Rows[] cohortRows(long cohort) {
			return new Rows[] { Rows.of("select c::text from lab.cohort c where c.id = ?", cohort),
					Rows.of("select s::text from lab.cohort_session s where s.cohort_id = ? order by s.id", cohort),
					Rows.of("select t::text from lab.cohort_trainer t where t.cohort_id = ? order by 1", cohort),
					Rows.of("select e::text from lab.enrolment e where e.cohort_id = ? order by e.id", cohort),
					Rows.of("""
							select a::text from lab.attendance a join lab.cohort_session s on s.id = a.session_id
							where s.cohort_id = ? order by 1""", cohort) };
		}

		private void scheme(String name, ObservatoryUser trainer) {
			SchemeDrafts schemeService = ObjectAccessTests.this.schemes;
			String competence = ObjectAccessTests.this.competences.all().get(0).code();
			String title = marker("Draft scheme of " + trainer.getUsername());
			long id = schemeService.create(trainer,
					new SchemeFields(title, "Aims", List.of("NURSE"), "en", 12, false, false));
			long module = schemeService.addModule(trainer, id, marker("Module"), "Summary", List.of());
			schemeService.addOutcome(trainer, id, module, competence, 2, "Outcome");
			schemeService.addActivity(trainer, id, module, "Activity", ActivityType.ELEARNING, Delivery.ONLINE, 30,
					null);
			SchemeDraft.ModuleDraft draft = schemeService.editable(trainer, id).modules().get(0);
			add(name,
					Map.of("id", id, "module", module, "outcome", draft.outcomes().get(0).id(), "activity",
							draft.activities().get(0).id(), "competence", competence),
					title, Rows.of("select s::text from lab.scheme s where s.id = ?", id),
					Rows.of("select m::text from lab.scheme_module m where m.scheme_id = ? order by m.id", id),
					Rows.of("""
							select o::text from lab.learning_outcome o join lab.scheme_module m on m.id = o.module_id
							where m.scheme_id = ? order by o.id""", id), Rows.of("""
							select a::text from lab.activity a join lab.scheme_module m on m.id = a.module_id
							where m.scheme_id = ? order by a.id""", id));
		}

		private void guidelinesFixtures() {
			// events: professional1 registered for an event under way, and attended
			String slug = "object-access-" + this.run;
			Instant now = Instant.now();
			ObjectAccessTests.this.events.create(new NewEvent(slug, marker("Event"), EventKind.WORKSHOP, "LT",
					now.minus(1, ChronoUnit.HOURS), now.plus(2, ChronoUnit.DAYS), "Vilnius", null, null, 2), "admin");
			ObjectAccessTests.this.events.register(slug, user("professional1"));
			long registration = ObjectAccessTests.this.events.registration(slug, account("professional1").getId())
				.orElseThrow()
				.id();
			ObjectAccessTests.this.events.markAttendance(slug, registration, true, "admin");
			add("event", Map.of("id", slug, "registration", registration), user("professional1").getDisplayName(),
					Rows.of("select r::text from guidelines.registration r where r.id = ?", registration));
			String slug2 = "object-access-other-" + this.run;
			ObjectAccessTests.this.events.create(new NewEvent(slug2, marker("Other event"), EventKind.WEBINAR, null,
					now.plus(3, ChronoUnit.DAYS), now.plus(4, ChronoUnit.DAYS), null, null, null, 10), "admin");
			add("event2", Map.of("id", slug2), null);

			// guidelines: a draft never published, a published one with a new draft, one
			// open for consultation with a partner's comment
			String draftTitle = marker("Unpublished guideline");
			String draft = "draft-" + this.run;
			long draftId = ObjectAccessTests.this.guidelines.create(draft, guideline(draftTitle), "editor");
			add("guideline", Map.of("id", draft), draftTitle, guidelineRows(draftId));

			String revised = "revised-" + this.run;
			long revisedId = ObjectAccessTests.this.guidelines.create(revised, guideline("Published guideline"),
					"editor");
			ObjectAccessTests.this.guidelines.publish(revised, "First version", "editor");
			String revisedTitle = marker("Unpublished revision");
			ObjectAccessTests.this.guidelines.saveDraft(revised, guideline(revisedTitle),
					ObjectAccessTests.this.guidelines.draft(revised).orElseThrow().version(), "editor");
			add("revised-guideline", Map.of("id", revised), revisedTitle, guidelineRows(revisedId));

			String consulted = "consulted-" + this.run;
			long consultedId = ObjectAccessTests.this.guidelines.create(consulted, guideline("Consulted guideline"),
					"editor");
			ObjectAccessTests.this.guidelines.setConsultation(consulted, true, "editor");
			ObjectAccessTests.this.consultation.comment(
					ObjectAccessTests.this.guidelines.draft(consulted).orElseThrow(), 0, user("partner"),
					"A partner's comment");
			long comment = ObjectAccessTests.this.jdbc
				.sql("select max(id) from guidelines.guideline_comment where guideline_id = ?")
				.param(consultedId)
				.query(Long.class)
				.single();
			add("consultation", Map.of("id", consulted, "comment", comment), null,
					Rows.of("select c::text from guidelines.guideline_comment c where c.id = ?", comment));

			// network: an application not yet decided, two members with pledges
			String applicant = marker("Applicant");
			long applied = ObjectAccessTests.this.network
				.apply(new Application(applicant, OrganisationType.HOSPITAL, Sector.PUBLIC, "LT", null,
						"Applies to join", "Contact Person", "applicant-" + this.run + "@example.org", "Signatory"))
				.orElseThrow();
			add("applicant", Map.of("id", applied), applicant,
					Rows.of("select m::text from guidelines.member m where m.id = ?", applied));
			member("member");
			member("member2");

			// observatory report: a draft
			String reportTitle = marker("Draft observatory report");
			String reportSlug = "report-" + this.run;
			long report = ObjectAccessTests.this.reports.create(reportSlug,
					new ReportDocument(reportTitle, "Summary", "Body"), "admin");
			add("report", Map.of("id", report, "slug", reportSlug), reportTitle,
					Rows.of("select r::text from guidelines.report r where r.id = ?", report));
		}

		private GuidelineDocument guideline(String title) {
			return new GuidelineDocument(title, Audience.POLICY_MAKERS, "Summary of " + title,
					"Introduction.\n\n## Practice\n\nWhat to do.", List.of());
		}

		private Rows[] guidelineRows(long id) {
			return new Rows[] { Rows.of("select g::text from guidelines.guideline g where g.id = ?", id),
					Rows.of("select v::text from guidelines.guideline_version v where v.guideline_id = ? order by 1",
							id),
					Rows.of("select c::text from guidelines.guideline_comment c where c.guideline_id = ? order by 1",
							id) };
		}

		private void member(String name) {
			String email = name + "-" + this.run + "@example.org";
			long id = ObjectAccessTests.this.network
				.apply(new Application(marker("Member " + name), OrganisationType.UNIVERSITY, Sector.PUBLIC, "GR", null,
						"A member", "Contact of " + name, email, "Signatory"))
				.orElseThrow();
			ObjectAccessTests.this.network.decide(id, true, null, "admin");
			long pledge = ObjectAccessTests.this.network.pledge(id, "Train 50 nurses", "nurses trained",
					BigDecimal.valueOf(50), LocalDate.now().plusYears(1), "admin");
			add(name, Map.of("id", id, "pledge", pledge), email,
					Rows.of("select m::text from guidelines.member m where m.id = ?", id),
					Rows.of("select p::text from guidelines.pledge p where p.member_id = ? order by p.id", id),
					Rows.of("""
							select g::text from guidelines.pledge_progress g join guidelines.pledge p on p.id = g.pledge_id
							where p.member_id = ? order by 1""",
							id));
		}

	}

}
