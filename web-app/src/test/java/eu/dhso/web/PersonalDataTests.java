package eu.dhso.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.AccountLifecycle.NewAccount;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccount;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.FrameworkView;
import eu.dhso.core.privacy.ErasureOutcome;
import eu.dhso.core.privacy.PersonalDataRights;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.skills.assessment.AssessmentItem;
import eu.dhso.skills.assessment.SelfAssessmentTaking;
import eu.dhso.skills.assessment.Assessment.Respondent;
import eu.dhso.skills.assessment.ExperienceBand;
import eu.dhso.skills.assessment.Instruments;
import eu.dhso.skills.rater.RaterRelation;
import eu.dhso.skills.rater.RaterFeedback;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A person downloads everything the observatory keeps about them and erases their account
 * (GDPR art. 15, 17, 20): every module's section, nothing of anyone else, and after
 * erasure no trace of their name anywhere while the aggregates keep their figures.
 */
@ObservatoryTest
class PersonalDataTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accountService;

	@Autowired
	UserAccounts accounts;

	@Autowired
	PersonalDataRights personalData;

	@Autowired
	SelfAssessmentTaking assessments;

	@Autowired
	Instruments instruments;

	@Autowired
	CompetenceFramework framework;

	@Autowired
	RaterFeedback raters;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void theDownloadHoldsEveryModulesSectionWithThePersonsDataAndNothingOfAnotherPerson() throws Exception {
		Person me = person(Role.PROFESSIONAL);
		Person other = person(Role.PROFESSIONAL);
		String json = this.mvc.perform(get("/account/data.json").with(user(me.principal())))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andExpect(header().string("Cache-Control", containsString("no-store")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"account\"", "\"cases\"", "\"skills\"", "\"learningLab\"", "\"guidelines\"");
		assertThat(json).contains(me.username(), me.displayName(), me.email(), me.comment(), me.feedback(),
				me.eventFeedback(), "\"SR-", "\"raterInvitations\"", "\"signin\"", "\"PENDING\"");
		assertThat(json).doesNotContain(other.username(), other.displayName(), other.comment(), other.feedback(),
				other.eventFeedback());
		JsonNode assessments = JsonMapper.builder().build().readTree(json).get("skills").get("assessments");
		List<Long> exported = new ArrayList<>();
		assessments.forEach((attempt) -> exported.add(attempt.get("id").asLong()));
		assertThat(exported).hasSize(3).containsAll(me.submitted()).doesNotContainAnyElementsOf(other.submitted());
	}

	@Test
	void aPartnersCasesAreListedAndStayWithTheOrganisationWithoutTheirName() throws Exception {
		Person partner = person(Role.PARTNER);
		long caseId = this.jdbc.sql("""
				insert into cases.interview_case (organisation_id, country_code, status, title, created_by)
				values ((select id from core.organisation order by id limit 1), 'IT', 'DRAFT', :title, :by)
				returning id""")
			.param("title", "Tele-rehabilitation in the Aegean islands")
			.param("by", partner.username())
			.query(Long.class)
			.single();
		this.jdbc.sql("""
				insert into cases.case_transition (case_id, from_status, to_status, actor, occurred_at)
				values (?, null, 'DRAFT', ?, now())""").params(caseId, partner.username()).update();
		String json = this.mvc.perform(get("/account/data.json").with(user(partner.principal())))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json).contains("\"casesCreated\"", "\"id\":" + caseId);
		this.mvc.perform(erase(partner, TestAccounts.PASSWORD)).andExpect(redirectedUrl("/"));
		assertThat(this.jdbc.sql("select count(*) from cases.interview_case where id = ?")
			.param(caseId)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select created_by from cases.interview_case where id = ?")
			.param(caseId)
			.query(String.class)
			.single()).startsWith("erased-");
		assertNoTraceOf(partner);
	}

	@Test
	void erasureLeavesNoTraceOfTheNameAndTheSkillsMapKeepsItsFigures() throws Exception {
		Person me = person(Role.PROFESSIONAL);
		Person other = person(Role.PROFESSIONAL);
		this.mvc.perform(post("/login").with(csrf()).param("username", me.username()).param("password", "wrong one"));
		List<String> summary = summaryRows();
		List<String> groups = respondentGroups();
		this.mvc.perform(erase(me, TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andExpect(flash().attribute("success", "account.erase.done"));
		assertNoTraceOf(me);
		UserAccount erased = this.accounts.findById(me.id()).orElseThrow();
		assertThat(erased.isEnabled()).isFalse();
		assertThat(erased.isErased()).isTrue();
		List<Long> owners = this.jdbc
			.sql("select distinct account_id from skills.assessment where id = any (?::bigint[])")
			.param(me.submitted().toArray(Long[]::new))
			.query(Long.class)
			.list();
		assertThat(owners).as("submitted attempts stay, all with one stand-in account").hasSize(1);
		UserAccount standIn = this.accounts.findById(owners.get(0)).orElseThrow();
		assertThat(standIn.getId()).isNotEqualTo(me.id());
		assertThat(standIn.isEnabled()).isFalse();
		assertThat(standIn.isVerified()).isTrue();
		assertThat(standIn.getUsername()).isNotEqualTo(erased.getUsername());
		assertThat(this.jdbc.sql("select count(*) from skills.assessment where account_id = ?")
			.param(me.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from core.audit_entry where actor = ? or detail like ?")
			.params(standIn.getUsername(), "%" + standIn.getUsername() + "%")
			.query(Long.class)
			.single()).as("nothing in the audit trail leads to the stand-in").isZero();
		assertThat(summaryRows()).isEqualTo(summary);
		assertThat(respondentGroups()).as("two attempts of one person stay one respondent").isEqualTo(groups);
		this.jdbc.sql("select skills.map_rebuild()").query().singleRow();
		assertThat(summaryRows()).isEqualTo(summary);
		assertThat(respondentGroups()).isEqualTo(groups);
		assertThat(auditCount("account.erase", "SUCCESS", String.valueOf(me.id()))).isEqualTo(1);
		for (String table : List.of("lab.invitation", "skills.rater_owner_trace", "skills.rater_invitation")) {
			assertThat(this.jdbc.sql("select count(*) from " + table + " where account_id = ?")
				.param(me.id())
				.query(Long.class)
				.single()).as(table).isZero();
		}
		assertThat(this.jdbc.sql("select count(*) from guidelines.guideline_comment where body = ?")
			.param(other.comment())
			.query(Long.class)
			.single()).as("another person's comment stays").isEqualTo(1);
	}

	@Test
	void theErasedPersonCannotSignIn() throws Exception {
		Person me = person(Role.PROFESSIONAL);
		this.mvc.perform(erase(me, TestAccounts.PASSWORD)).andExpect(redirectedUrl("/"));
		this.mvc.perform(
				post("/login").with(csrf()).param("username", me.username()).param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		String pseudonym = this.accounts.findById(me.id()).orElseThrow().getUsername();
		this.mvc
			.perform(post("/login").with(csrf()).param("username", pseudonym).param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/login?error"));
		this.mvc.perform(post("/admin/users/{id}/reactivate", me.id()).with(csrf()).with(user(admin())))
			.andExpect(status().isNotFound());
	}

	@Test
	void aSessionOpenedElsewhereEndsWithTheErasure() throws Exception {
		Person me = person(Role.TRAINER);
		MockHttpSession elsewhere = signIn(me);
		this.mvc.perform(get("/account").session(elsewhere)).andExpect(status().isOk());
		this.mvc
			.perform(post("/account/erase").session(signIn(me)).with(csrf()).param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"));
		this.mvc.perform(get("/account").session(elsewhere))
			.andExpect(status().is3xxRedirection())
			.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login"));
	}

	@Test
	void someoneAtAnUnlockedScreenCannotEraseTheAccountWithoutItsPassword() throws Exception {
		Person me = person(Role.PROFESSIONAL);
		this.mvc.perform(erase(me, "not my password at all"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("erasure", "password", "account.erase.passwordWrong"));
		this.mvc.perform(erase(me, ""))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("erasure", "password", "NotBlank"));
		assertThat(this.accounts.findById(me.id()).orElseThrow().isErased()).isFalse();
		assertThat(this.accounts.findByUsernameIgnoreCase(me.username())).isPresent();
	}

	@Test
	void aForgedCrossSiteFormCannotEraseAnAccount() throws Exception {
		Person me = person(Role.PROFESSIONAL);
		this.mvc.perform(post("/account/erase").with(user(me.principal())).param("password", TestAccounts.PASSWORD))
			.andExpect(status().isForbidden());
		assertThat(this.accounts.findById(me.id()).orElseThrow().isErased()).isFalse();
	}

	@Test
	void theLastActiveAdministratorCannotEraseThemselves() {
		UserAccount admin = TestAccounts.create(this.accountService, Role.ADMIN, null);
		ErasureOutcome outcome = this.transactions.execute((status) -> {
			this.jdbc.sql("update core.user_account set enabled = false where role = 'ADMIN' and id <> ?")
				.param(admin.getId())
				.update();
			ErasureOutcome result = this.personalData.erase(admin.getId(), TestAccounts.PASSWORD);
			status.setRollbackOnly();
			return result;
		});
		assertThat(outcome).isEqualTo(ErasureOutcome.LAST_ADMINISTRATOR);
		assertThat(this.accounts.findById(admin.getId()).orElseThrow().isErased()).isFalse();
	}

	@Test
	void theConfirmationPageAsksForThePassword() throws Exception {
		Person me = person(Role.TRAINER);
		this.mvc.perform(get("/account/erase").with(user(me.principal())))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("erasure"));
		this.mvc.perform(get("/account").with(user(me.principal())))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(containsString("/account/data.json")));
	}

	// ------------------------------------------------------------------ helpers

	/**
	 * Every text column of every table, in every schema, searched for the person's name,
	 * username and e-mail.
	 */
	private void assertNoTraceOf(Person person) {
		List<String> columns = this.jdbc.sql("""
				select format('%I.%I.%I', table_schema, table_name, column_name) from information_schema.columns
				where table_schema not in ('pg_catalog', 'information_schema')
				  and (data_type in ('text', 'character varying', 'character', 'json', 'jsonb')
				       or (data_type = 'ARRAY' and udt_name in ('_varchar', '_text')))
				  and (table_schema, table_name) in (select table_schema, table_name from information_schema.tables
				                                     where table_type = 'BASE TABLE')""").query(String.class).list();
		List<String> found = new ArrayList<>();
		for (String column : columns) {
			String[] parts = column.split("\\.");
			for (String needle : person.traces()) {
				long hits = this.jdbc
					.sql("select count(*) from %s.%s where %s::text ilike :needle".formatted(parts[0], parts[1],
							parts[2]))
					.param("needle", "%" + needle + "%")
					.query(Long.class)
					.single();
				if (hits > 0) {
					found.add(column + " holds " + needle);
				}
			}
		}
		assertThat(found).isEmpty();
	}

	private List<String> summaryRows() {
		return this.jdbc.sql("""
				select concat_ws('|', framework_version_id, profession_code, country_code, care_setting_code, month,
				                 competence_id, answers, level_sum)
				from skills.map_summary order by 1""").query(String.class).list();
	}

	/** Distinct respondents and attempts per group: what suppression counts. */
	private List<String> respondentGroups() {
		return this.jdbc.sql("""
				select concat_ws('|', framework_version_id, profession_code, country_code, care_setting_code, month,
				                 count(*), sum(attempts))
				from skills.map_respondent
				group by framework_version_id, profession_code, country_code, care_setting_code, month
				order by 1""").query(String.class).list();
	}

	private long auditCount(String action, String outcome, String objectId) {
		return this.jdbc.sql("select count(*) from core.audit_entry where action = ? and outcome = ? and object_id = ?")
			.params(action, outcome, objectId)
			.query(Long.class)
			.single();
	}

	private MockHttpSession signIn(Person person) throws Exception {
		return (MockHttpSession) this.mvc
			.perform(post("/login").with(csrf())
				.param("username", person.username())
				.param("password", TestAccounts.PASSWORD))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

	private ObservatoryUser admin() {
		return new ObservatoryUser(TestAccounts.create(this.accountService, Role.ADMIN, null));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder erase(Person person,
			String password) {
		return post("/account/erase").with(user(person.principal())).with(csrf()).param("password", password);
	}

	/**
	 * A person whose account an administrator made (an audit line naming them), who
	 * signed in once, with data in every module: two submitted self-assessments in the
	 * same group and month and an open one, a rater invitation, a place in a cohort with
	 * feedback, a consultation comment and an event registration with feedback.
	 */
	private Person person(Role role) throws Exception {
		String tag = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
		String username = "gdpr-" + tag;
		String displayName = "Zephyrine Quillfeather " + tag.toUpperCase();
		String email = "zq." + tag + "@example.org";
		UserAccount account = this.accountService.createByAdmin("admin",
				new NewAccount(username, displayName, email, TestAccounts.PASSWORD), role,
				(role == Role.PARTNER) ? this.jdbc.sql("select id from core.organisation order by id limit 1")
					.query(Long.class)
					.single() : null);
		account = this.accounts.findById(account.getId()).orElseThrow();
		this.mvc
			.perform(post("/login").with(csrf()).param("username", username).param("password", TestAccounts.PASSWORD));
		List<Long> submitted = new ArrayList<>();
		String comment = "Section two forgets night shifts, says " + tag;
		String feedback = "The simulation day was the best part, says " + tag;
		String eventFeedback = "Useful conference, thanks from " + tag;
		if (role == Role.PROFESSIONAL) {
			Respondent respondent = new Respondent("PHARMACIST", "CY", "HOSPITAL", ExperienceBand.YEARS_6_10);
			submitted.add(submittedAttempt(account.getId(), respondent));
			submitted.add(submittedAttempt(account.getId(), respondent));
			this.assessments.start(account.getId(), respondent);
			this.raters.invite(account.getId(), RaterRelation.COLLEAGUE);
			long cohort = this.jdbc.sql("select id from lab.cohort order by starts_on limit 1")
				.query(Long.class)
				.single();
			long enrolment = this.jdbc
				.sql("""
						insert into lab.enrolment (cohort_id, account_id, participant_name, status, requested_at, enrolled_at)
						values (?, ?, ?, 'ENROLLED', now(), now()) returning id""")
				.params(cohort, account.getId(), displayName)
				.query(Long.class)
				.single();
			this.jdbc.sql("""
					insert into lab.invitation (cohort_id, account_id, invited_by, invited_at, status)
					values (?, ?, (select id from core.user_account where role = 'TRAINER' order by id limit 1), now(),
					        'PENDING')""").params(cohort, account.getId()).update();
			this.jdbc.sql("insert into skills.rater_owner_trace (account_id, trace, seen_at) values (?, 42, now())")
				.param(account.getId())
				.update();
			this.jdbc.sql("""
					insert into lab.feedback (enrolment_id, module_id, relevance, clarity, applicability, facilitation,
					                          overall, comment)
					values (?, 1, 4, 4, 3, 5, 4, ?)""").params(enrolment, feedback).update();
			this.jdbc.sql("""
					insert into guidelines.guideline_comment (guideline_id, section_index, author_account_id,
					                                          author_name, body)
					values ((select id from guidelines.guideline order by id limit 1), 1, ?, ?, ?)""")
				.params(account.getId(), displayName, comment)
				.update();
			this.jdbc
				.sql("""
						insert into guidelines.registration (event_id, account_id, display_name, status, attended,
						                                     feedback_rating, feedback_text)
						values ((select id from guidelines.event order by starts_at limit 1), ?, ?, 'CONFIRMED', true, 5, ?)""")
				.params(account.getId(), displayName, eventFeedback)
				.update();
		}
		return new Person(account, username, displayName, email, submitted, comment, feedback, eventFeedback);
	}

	private Long submittedAttempt(Long accountId, Respondent respondent) {
		FrameworkView view = this.framework.latestPublished().orElseThrow();
		Long id = this.assessments.start(accountId, respondent);
		List<AssessmentItem> items = this.instruments
			.findItems(this.instruments.findByFrameworkVersionId(view.id()).orElseThrow().getId());
		for (AreaView area : view.areas()) {
			Map<Long, Integer> choices = new HashMap<>();
			items.forEach((i) -> choices.put(i.getId(), 3));
			this.assessments.answer(id, accountId, area.code(), choices);
		}
		assertThat(this.assessments.submit(id, accountId)).isTrue();
		return id;
	}

	record Person(UserAccount account, String username, String displayName, String email, List<Long> submitted,
			String comment, String feedback, String eventFeedback) {

		long id() {
			return this.account.getId();
		}

		ObservatoryUser principal() {
			return new ObservatoryUser(this.account);
		}

		/**
		 * What must be gone after erasure: names, e-mail and the free text the person
		 * wrote.
		 */
		List<String> traces() {
			return (this.submitted.isEmpty()) ? List.of(this.username, this.displayName, this.email) : List
				.of(this.username, this.displayName, this.email, this.comment, this.feedback, this.eventFeedback);
		}

	}

}
