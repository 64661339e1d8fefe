package eu.dhso.skills.assessment;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccount;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.skills.assessment.Assessment.Respondent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.support.TransactionTemplate;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Nobody but the person sees their answers or result: not trainers, not administrators.
 */
@ObservatoryTest
class ResultPrivacyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	Assessments assessments;

	@Autowired
	Instruments instruments;

	@Autowired
	CompetenceFramework framework;

	@Autowired
	TransactionTemplate transactions;

	Long submitted;

	Long open;

	RequestPostProcessor owner;

	@BeforeEach
	void aProfessionalWithASubmittedAndAnOpenAttempt() {
		UserAccount account = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null);
		this.owner = user(new ObservatoryUser(account));
		Long instrument = this.instruments.findByFrameworkVersionId(this.framework.latestPublished().orElseThrow().id())
			.orElseThrow()
			.getId();
		List<AssessmentItem> items = this.instruments.findItems(instrument);
		Respondent respondent = new Respondent("DOCTOR", "GR", "PRIMARY_CARE", ExperienceBand.OVER_20);
		this.submitted = this.transactions.execute((status) -> {
			Assessment assessment = new Assessment(account.getId(), instrument, respondent, Instant.now());
			Map<Long, Integer> all = new HashMap<>();
			items.forEach((i) -> all.put(i.getId(), 2));
			assessment.answer(all);
			assessment.submit(Instant.now(), true);
			return this.assessments.save(assessment).getId();
		});
		this.open = this.transactions.execute((status) -> this.assessments
			.save(new Assessment(account.getId(), instrument, respondent, Instant.now()))
			.getId());
	}

	@ParameterizedTest
	@EnumSource(Role.class)
	void anyoneElseIsToldThePersonsResultDoesNotExist(Role role) throws Exception {
		RequestPostProcessor other = user(new ObservatoryUser(TestAccounts.create(this.accounts, role, null)));
		this.mvc.perform(get("/skills/assessments/{id}/result", this.submitted).with(other))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/skills/assessments/{id}/result.pdf", this.submitted).with(other))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/skills/assessments/{id}", this.open).with(other)).andExpect(status().isNotFound());
		this.mvc.perform(get("/skills/assessments/{id}/areas/S1", this.open).with(other))
			.andExpect(status().isNotFound());
		this.mvc.perform(get("/skills/assessments/{id}/review", this.open).with(other))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/skills/assessments/{id}/areas/S1", this.open).with(other).with(csrf()))
			.andExpect(status().isNotFound());
		this.mvc.perform(post("/skills/assessments/{id}/submit", this.open).with(other).with(csrf()))
			.andExpect(status().isNotFound());
		// The owner, by contrast, reads them.
		this.mvc.perform(get("/skills/assessments/{id}/result.pdf", this.submitted).with(this.owner))
			.andExpect(status().isOk());
		this.mvc.perform(get("/skills/assessments/{id}/result", this.submitted).with(this.owner))
			.andExpect(status().isOk());
		this.mvc.perform(get("/skills/assessments/{id}/areas/S1", this.open).with(this.owner))
			.andExpect(status().isOk());
	}

	@Test
	void anOpenAttemptHasNoResultYetEvenForItsOwner() throws Exception {
		this.mvc.perform(get("/skills/assessments/{id}/result", this.open).with(this.owner))
			.andExpect(status().isNotFound());
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() throws Exception {
		this.mvc.perform(get("/skills/assessments/{id}/result", this.submitted)).andExpect(status().is3xxRedirection());
	}

}
