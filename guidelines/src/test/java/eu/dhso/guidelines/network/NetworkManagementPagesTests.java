package eu.dhso.guidelines.network;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class NetworkManagementPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Network network;

	@Autowired
	AccountLifecycle accounts;

	@Test
	void anAdministratorOpensAnApplicationAndAnApprovedMember() throws Exception {
		String name = "Managed " + UUID.randomUUID();
		long id = this.network
			.apply(new NetworkMember.Application(name, eu.dhso.core.account.OrganisationType.UNIVERSITY, Sector.PRIVATE,
					"ES", null, null, "Contact Person", "c@example.org", "Signatory"))
			.orElseThrow();
		RequestPostProcessor admin = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null)));
		this.mvc.perform(get("/network/manage/" + id).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)))
			.andExpect(content().string(containsString("Contact Person")));
		this.network.decide(id, true, null, "test");
		this.mvc.perform(get("/network/manage/" + id).with(admin))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(name)));
	}

	@Test
	void aDecisionOnAnApplicationChangedMeanwhileAnswersConflictAndKeepsTheReason() throws Exception {
		long id = apply("Stale " + UUID.randomUUID());
		RequestPostProcessor admin = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null)));
		long seen = this.network.application(id).orElseThrow().version();
		this.network.decide(id, false, "Not a health-care organisation", "other-admin");
		this.mvc
			.perform(post("/network/manage/" + id + "/decision").param("approve", "false")
				.param("reason", "My own careful reason")
				.param("version", String.valueOf(seen))
				.with(admin)
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(containsString("My own careful reason")));
		assertThat(this.network.application(id).orElseThrow().member().decisionReason())
			.isEqualTo("Not a health-care organisation");
	}

	@Test
	void aDeclineWithoutAReasonIsShownNextToTheField() throws Exception {
		long id = apply("Reasonless " + UUID.randomUUID());
		RequestPostProcessor admin = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null)));
		this.mvc
			.perform(post("/network/manage/" + id + "/decision").param("approve", "false")
				.param("reason", " ")
				.with(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("reason-errors")));
		assertThat(this.network.application(id).orElseThrow().member().status()).isEqualTo(MemberStatus.APPLIED);
	}

	/**
	 * One progress form per pledge: a negative value is refused next to its own pledge.
	 */
	@Test
	void aNegativeProgressValueIsRefusedNextToItsOwnPledgeOnly() throws Exception {
		long id = apply("Pledging " + UUID.randomUUID());
		this.network.decide(id, true, null, "test");
		long member = this.network.application(id).orElseThrow().member().id();
		LocalDate deadline = LocalDate.now().plusYears(1);
		long first = this.network.pledge(member, "Train nurses", "nurses trained", BigDecimal.TEN, deadline, "test");
		long second = this.network.pledge(member, "Open a clinic", "clinics", BigDecimal.ONE, deadline, "test");
		RequestPostProcessor admin = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null)));
		String page = this.mvc
			.perform(post("/network/manage/" + member + "/pledges/" + second + "/progress").param("value", "-3")
				.param("note", "My kept note")
				.with(admin)
				.with(csrf()))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("id=\"value-" + second + "-errors\"")
			.doesNotContain("value-" + first + "-errors")
			.contains("My kept note");
	}

	private long apply(String name) {
		return this.network
			.apply(new NetworkMember.Application(name, eu.dhso.core.account.OrganisationType.UNIVERSITY, Sector.PRIVATE,
					"ES", null, null, "Contact Person", "c@example.org", "Signatory"))
			.orElseThrow();
	}

}
