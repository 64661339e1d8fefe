package eu.dhso.guidelines.lifecycle;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.guidelines.governance.Governance;
import eu.dhso.guidelines.governance.Region;
import eu.dhso.guidelines.governance.SteeringCommittee;
import eu.dhso.guidelines.indicator.LifecyclePhase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Governance through the HTTP stack: the lifecycle state follows the committee's records,
 * and nothing a committee has not published reaches anyone but administrators.
 */
@ObservatoryTest
class LifecyclePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Governance governance;

	@Autowired
	Lifecycle lifecycle;

	@Autowired
	AccountLifecycle accounts;

	@Test
	void aRegionWithoutACommitteeIsNotStartedAndPublishingADecisionPutsGovernanceInPlace() throws Exception {
		Region region = new Region("GR", "Region " + UUID.randomUUID().toString().substring(0, 8));
		assertThat(this.lifecycle.region(region, false).phase(LifecyclePhase.GOVERNANCE).state())
			.isEqualTo(PhaseState.NOT_STARTED);
		RequestPostProcessor admin = as(Role.ADMIN);
		String location = this.mvc
			.perform(post("/observatory/manage/governance").param("country", "GR")
				.param("region", region.name())
				.param("name", "Committee of " + region.name())
				.param("mandate", "Guides digital health education in the region.")
				.with(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(cell(region, LifecyclePhase.GOVERNANCE)).contains("data-state=\"UNDER_WAY\"")
			.contains("/observatory/governance/" + id);
		this.mvc
			.perform(post("/observatory/manage/governance/" + id + "/members").param("name", "Eleni Test")
				.param("organisation", "Regional health authority")
				.param("role", "CHAIR")
				.with(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post("/observatory/manage/governance/" + id + "/decisions")
				.param("decidedOn", LocalDate.now().minusDays(3).toString())
				.param("text", "The regional plan is adopted.")
				.with(admin)
				.with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(cell(region, LifecyclePhase.GOVERNANCE)).as("a draft decision does not count")
			.contains("data-state=\"UNDER_WAY\"");
		long decision = this.governance.committee(id, true).orElseThrow().decisions().get(0).id();
		// publishing is irreversible: without the confirmation nothing happens
		this.mvc
			.perform(post("/observatory/manage/governance/" + id + "/decisions/" + decision + "/publish").with(admin)
				.with(csrf()))
			.andExpect(flash().attribute("error", "guidelines.confirm.required"));
		assertThat(cell(region, LifecyclePhase.GOVERNANCE)).contains("data-state=\"UNDER_WAY\"");
		this.mvc
			.perform(post("/observatory/manage/governance/" + id + "/decisions/" + decision + "/publish")
				.param("confirm", "yes")
				.with(admin)
				.with(csrf()))
			.andExpect(flash().attribute("success", "guidelines.governance.decision.published"));
		assertThat(cell(region, LifecyclePhase.GOVERNANCE)).contains("data-state=\"IN_PLACE\"");
		assertThat(cell(region, LifecyclePhase.PLANNING)).contains("data-state=\"NOT_STARTED\"");
	}

	@Test
	void aDecisionOlderThanTwelveMonthsLeavesGovernanceUnderWay() {
		Region region = new Region("IT", "Old " + UUID.randomUUID().toString().substring(0, 8));
		long id = this.governance.create(region, "Committee " + region.name(), "Mandate", "test");
		this.governance.addMember(id, "Member", "", eu.dhso.guidelines.governance.CommitteeRole.MEMBER, "test");
		this.governance.draftDecision(id, LocalDate.now().minusMonths(13), "An old decision", "test");
		this.governance.publishDecision(id, this.governance.committee(id, true).orElseThrow().decisions().get(0).id(),
				"test");
		assertThat(this.lifecycle.region(region, false).phase(LifecyclePhase.GOVERNANCE).state())
			.isEqualTo(PhaseState.UNDER_WAY);
	}

	/**
	 * Attack: a draft decision and unpublished minutes are read by no one but
	 * administrators, whether by the committee's address, in a list or on the lifecycle
	 * page, and the managers' pages refuse every other role.
	 */
	@Test
	void draftDecisionsAndUnpublishedMinutesNeverReachAnyoneButAdministrators() throws Exception {
		String secret = "Secret draft " + UUID.randomUUID();
		String minutes = "Unpublished minutes " + UUID.randomUUID();
		Region region = new Region("GR", "Draft " + UUID.randomUUID().toString().substring(0, 8));
		long id = this.governance.create(region, "Committee " + region.name(), "Mandate", "test");
		this.governance.draftDecision(id, LocalDate.now(), secret, "test");
		this.governance.recordMeeting(id, LocalDate.now(), "Agenda", minutes, "test");
		SteeringCommittee.View view = this.governance.committee(id, false).orElseThrow();
		assertThat(view.decisions()).isEmpty();
		assertThat(view.meetings().get(0).minutes()).isNull();
		List<RequestPostProcessor> readers = List.of((r) -> r, as(Role.EDITOR), as(Role.PARTNER), as(Role.TRAINER),
				as(Role.PROFESSIONAL));
		for (RequestPostProcessor reader : readers) {
			for (String page : List.of("/observatory/governance", "/observatory/governance/" + id,
					"/observatory/lifecycle")) {
				assertThat(body(page, reader)).doesNotContain(secret).doesNotContain(minutes);
			}
			int manage = this.mvc.perform(get("/observatory/manage/governance/" + id).with(reader))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(manage).isIn(302, 403);
			int publish = this.mvc
				.perform(post("/observatory/manage/governance/" + id + "/decisions/"
						+ this.governance.committee(id, true).orElseThrow().decisions().get(0).id() + "/publish")
					.param("confirm", "yes")
					.with(reader)
					.with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(publish).isIn(302, 403);
		}
		assertThat(this.governance.committee(id, false).orElseThrow().decisions()).isEmpty();
		assertThat(body("/observatory/governance/" + id, as(Role.ADMIN))).contains(secret).contains(minutes);
	}

	@Test
	void aStepTheRecordsNoLongerAllowGoesBackWithAMessage() throws Exception {
		Region region = new Region("GR", "Twice " + UUID.randomUUID().toString().substring(0, 8));
		long id = this.governance.create(region, "Committee " + region.name(), "Mandate", "test");
		this.governance.draftDecision(id, LocalDate.now(), "Decision", "test");
		long decision = this.governance.committee(id, true).orElseThrow().decisions().get(0).id();
		this.governance.publishDecision(id, decision, "test");
		this.mvc
			.perform(post("/observatory/manage/governance/" + id + "/decisions/" + decision + "/publish")
				.param("confirm", "yes")
				.with(as(Role.ADMIN))
				.with(csrf()))
			.andExpect(flash().attribute("error", "guidelines.error.state"));
		this.mvc
			.perform(post("/observatory/manage/governance").param("country", "XX")
				.param("name", "")
				.param("mandate", "")
				.with(as(Role.ADMIN))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
				.string(org.hamcrest.Matchers.containsString("id=\"name-errors\"")));
	}

	private String cell(Region region, LifecyclePhase phase) throws Exception {
		String page = body("/observatory/lifecycle", (r) -> r);
		int row = page.indexOf("data-region=\"" + region.key() + "\"");
		assertThat(row).as("a row for " + region.key()).isPositive();
		String tr = page.substring(row, page.indexOf("</tr>", row));
		int cell = tr.indexOf("data-phase=\"" + phase + "\"");
		return tr.substring(cell, tr.indexOf("</td>", cell));
	}

	private String body(String path, RequestPostProcessor reader) throws Exception {
		return this.mvc.perform(get(path).with(reader))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private RequestPostProcessor as(Role role) {
		return user(new ObservatoryUser(TestAccounts.create(this.accounts, role, null)));
	}

}
