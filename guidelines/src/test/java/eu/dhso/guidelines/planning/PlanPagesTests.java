package eu.dhso.guidelines.planning;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.guidelines.governance.Region;
import eu.dhso.guidelines.indicator.LifecyclePhase;
import eu.dhso.guidelines.lifecycle.Lifecycle;
import eu.dhso.guidelines.lifecycle.PhaseState;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Regional training plans through the HTTP stack, and the phases they decide. */
@ObservatoryTest
class PlanPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Planning planning;

	@Autowired
	Lifecycle lifecycle;

	@Autowired
	AccountLifecycle accounts;

	@Test
	void aDraftPlanIsPublicOnlyOnceApprovedWithTargetsAndFunding() throws Exception {
		String title = "Plan " + UUID.randomUUID();
		Region region = new Region("IT", "Lombardy " + UUID.randomUUID().toString().substring(0, 6));
		RequestPostProcessor admin = as(Role.ADMIN);
		String location = this.mvc
			.perform(post("/observatory/manage/plans").param("title", title)
				.param("country", "IT")
				.param("region", region.name())
				.param("startsOn", "2026-01-01")
				.param("endsOn", "2027-12-31")
				.param("objectives", "Train nurses in telehealth communication.")
				.with(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		this.mvc.perform(get("/observatory/plans/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/observatory/plans/" + id).with(as(Role.EDITOR))).andExpect(status().isNotFound());
		this.mvc.perform(get("/observatory/plans")).andExpect(content().string(not(containsString(title))));
		assertThat(state(region, LifecyclePhase.PLANNING)).isEqualTo(PhaseState.UNDER_WAY);
		// approval needs targets and funding, and a confirmation
		this.mvc
			.perform(post("/observatory/manage/plans/" + id + "/approve").param("version", version(id))
				.param("confirm", "yes")
				.with(admin)
				.with(csrf()))
			.andExpect(flash().attribute("error", "guidelines.plan.notReady"));
		this.mvc
			.perform(post("/observatory/manage/plans/" + id + "/targets").param("profession", "NURSE")
				.param("people", "150")
				.with(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/observatory/manage/plans/" + id + "/funding").param("source", "RRF_NRRP")
				.param("amount", "250000.00")
				.param("note", "National recovery plan")
				.with(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/observatory/manage/plans/" + id + "/approve").param("version", version(id))
				.with(admin)
				.with(csrf()))
			.andExpect(flash().attribute("error", "guidelines.confirm.required"));
		this.mvc
			.perform(post("/observatory/manage/plans/" + id + "/approve").param("version", version(id))
				.param("confirm", "yes")
				.with(admin)
				.with(csrf()))
			.andExpect(flash().attribute("success", "guidelines.plan.approved"));
		this.mvc.perform(get("/observatory/plans"))
			.andExpect(content().string(containsString(title)))
			.andExpect(content().string(containsString("Recovery and Resilience Facility")))
			.andExpect(content().string(not(containsString("RRF_NRRP"))));
		this.mvc.perform(get("/observatory/plans/" + id))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"plan-vs-actual\"")))
			.andExpect(content().string(containsString("Nurse")));
		assertThat(state(region, LifecyclePhase.PLANNING)).isEqualTo(PhaseState.IN_PLACE);
		assertThat(state(region, LifecyclePhase.EXECUTION)).isEqualTo(PhaseState.NOT_STARTED);
		assertThat(state(region, LifecyclePhase.MONITORING)).isEqualTo(PhaseState.NOT_STARTED);
	}

	@Test
	void monitoringIsInPlaceOnceReviewedWithACorrectiveAction() throws Exception {
		Region region = new Region("GR", "Monitored " + UUID.randomUUID().toString().substring(0, 6));
		long id = approvedPlan(region);
		RequestPostProcessor admin = as(Role.ADMIN);
		this.mvc
			.perform(
					post("/observatory/manage/plans/" + id + "/actions").param("recordedOn", LocalDate.now().toString())
						.param("text", "Add evening sessions")
						.param("owner", "Training office")
						.with(admin)
						.with(csrf()))
			.andExpect(flash().attribute("success", "guidelines.plan.actionRecorded"));
		assertThat(state(region, LifecyclePhase.MONITORING)).isEqualTo(PhaseState.UNDER_WAY);
		this.mvc
			.perform(post("/observatory/manage/plans/" + id + "/review").param("reviewedOn", LocalDate.now().toString())
				.param("spent", "-5")
				.with(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"spent-errors\"")));
		this.mvc
			.perform(post("/observatory/manage/plans/" + id + "/review").param("reviewedOn", LocalDate.now().toString())
				.param("spent", "1000.00")
				.param("note", "Behind on nurses")
				.with(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(state(region, LifecyclePhase.MONITORING)).isEqualTo(PhaseState.IN_PLACE);
		this.mvc.perform(get("/observatory/plans/" + id))
			.andExpect(content().string(containsString("Add evening sessions")))
			.andExpect(content().string(containsString("data-testid=\"reviewed\"")));
	}

	@Test
	void aChoiceMadeOnAPlanChangedMeanwhileAnswersConflictAndKeepsTheChoice() throws Exception {
		long id = this.planning.create("Stale " + UUID.randomUUID(), new Region("GR", "Stale"), LocalDate.now(),
				LocalDate.now().plusYears(1), "Objectives", "test");
		long seen = this.planning.plan(id, true).version();
		this.planning.target(id, "NURSE", 10, "other-admin");
		this.mvc
			.perform(post("/observatory/manage/plans/" + id + "/cohorts").param("version", String.valueOf(seen))
				.with(as(Role.ADMIN))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("changed this plan meanwhile")));
	}

	@Test
	void theManagersPagesAreForAdministratorsOnly() throws Exception {
		long id = this.planning.create("Guarded " + UUID.randomUUID(), new Region("GR", "Guarded"), LocalDate.now(),
				LocalDate.now().plusYears(1), "Objectives", "test");
		this.mvc.perform(get("/observatory/manage/plans/" + id).with(as(Role.EDITOR)))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(post("/observatory/manage/plans/" + id + "/targets").param("profession", "NURSE")
				.param("people", "5")
				.with(as(Role.TRAINER))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/observatory/manage/plans/" + id).with(as(Role.ADMIN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"version\"")));
		assertThat(this.planning.plan(id, true).targets()).isEmpty();
	}

	private long approvedPlan(Region region) {
		long id = this.planning.create("Plan " + region.name(), region, LocalDate.now().minusMonths(3),
				LocalDate.now().plusYears(1), "Objectives", "test");
		this.planning.target(id, "NURSE", 100, "test");
		this.planning.fund(id, FundingSource.ESF_PLUS, new java.math.BigDecimal("1000"), null, "test");
		this.planning.approve(id, this.planning.plan(id, true).version(), "test");
		return id;
	}

	private String version(long id) {
		return String.valueOf(this.planning.plan(id, true).version());
	}

	private PhaseState state(Region region, LifecyclePhase phase) {
		return this.lifecycle.region(region, false).phase(phase).state();
	}

	private RequestPostProcessor as(Role role) {
		return user(new ObservatoryUser(TestAccounts.create(this.accounts, role, null)));
	}

	@SuppressWarnings("unused")
	private String body(String path) throws Exception {
		return this.mvc.perform(get(path)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

}
