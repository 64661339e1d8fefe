package eu.dhso.web;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.planning.WorkBasedLearningSource;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * ProMIS execution: a work-based learning plan counted toward a regional training plan
 * (the lab and the plans meet only through core's planning SPI), seen on the plan's page
 * as a count that never names anyone.
 */
@ObservatoryTest
class WorkBasedLearningInPlansTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	WorkBasedLearningSource workBased;

	ObservatoryUser professional;

	ObservatoryUser stranger;

	long workBasedPlan;

	long trainingPlan;

	@BeforeEach
	void demo() {
		this.professional = new ObservatoryUser(this.accounts.findByUsernameIgnoreCase("professional").orElseThrow());
		this.stranger = new ObservatoryUser(this.accounts.findByUsernameIgnoreCase("trainer").orElseThrow());
		this.workBasedPlan = this.jdbc.sql(
				"select id from lab.mentoring_plan where status = 'AGREED' and professional_id = ? order by id limit 1")
			.param(this.professional.getAccountId())
			.query(Long.class)
			.single();
		this.trainingPlan = this.jdbc
			.sql("select id from guidelines.training_plan where status = 'APPROVED' order by id limit 1")
			.query(Long.class)
			.single();
	}

	@AfterEach
	void unlink() {
		this.jdbc.sql("update lab.mentoring_plan set training_plan_id = null where id = ?")
			.param(this.workBasedPlan)
			.update();
	}

	@Test
	void aPartyCountsTheirPlanTowardAnApprovedTrainingPlanWhichShowsOnlyACount() throws Exception {
		String page = this.mvc.perform(get("/mentoring/" + this.workBasedPlan).with(user(this.professional)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("data-testid=\"training-plan\"", "value=\"" + this.trainingPlan + "\"");

		count(this.professional, String.valueOf(this.trainingPlan))
			.andExpect(flash().attribute("success", "lab.mentoring.trainingPlan.saved"));
		assertThat(linkedPlan()).isEqualTo(this.trainingPlan);
		assertThat(this.workBased.linkedTo(this.trainingPlan).underWay()).isGreaterThanOrEqualTo(1);

		String planPage = this.mvc.perform(get("/observatory/plans/" + this.trainingPlan))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		String title = this.jdbc.sql("select title from lab.mentoring_plan where id = ?")
			.param(this.workBasedPlan)
			.query(String.class)
			.single();
		// one plan is below the smallest group: counted, never listed or named
		assertThat(planPage).contains("data-testid=\"work-based\"", "Fewer than 5 work-based learning plans")
			.doesNotContain(title, "/mentoring/" + this.workBasedPlan);

		count(this.professional, "").andExpect(flash().attribute("success", "lab.mentoring.trainingPlan.saved"));
		assertThat(linkedPlan()).isNull();
	}

	@Test
	void noOneElseCountsAPlanAndOnlyAnApprovedTrainingPlanIsTaken() throws Exception {
		count(this.stranger, String.valueOf(this.trainingPlan)).andExpect(status().isNotFound());
		count(this.professional, "999999").andExpect(flash().attribute("error", "lab.mentoring.error.trainingPlan"));
		assertThat(linkedPlan()).isNull();
	}

	private org.springframework.test.web.servlet.ResultActions count(ObservatoryUser by, String plan) throws Exception {
		return this.mvc.perform(post("/mentoring/" + this.workBasedPlan + "/training-plan").with(user(by))
			.with(csrf())
			.param("trainingPlan", plan));
	}

	private Long linkedPlan() {
		return this.jdbc.sql("select training_plan_id from lab.mentoring_plan where id = ?")
			.param(this.workBasedPlan)
			.query(Long.class)
			.optional()
			.orElse(null);
	}

}
