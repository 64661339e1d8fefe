package eu.dhso.skills.agents;

import java.time.LocalDate;
import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccount;
import eu.dhso.core.indicator.IndicatorSource.IndicatorValue;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class ChangeAgentTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	ChangeAgents agents;

	@Autowired
	ChangeAgentIndicators indicators;

	Organisation hospital;

	RequestPostProcessor manager;

	@BeforeEach
	void hospital() {
		this.hospital = this.organisations
			.save(new Organisation("Agents hospital " + UUID.randomUUID(), OrganisationType.HOSPITAL, "MT"));
		this.manager = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.PARTNER, this.hospital)));
	}

	@Test
	void aNamedPersonAppearsOnTheRosterOnlyAfterAcceptingAndTheirActivitiesCount() throws Exception {
		UserAccount nurse = TestAccounts.create(this.accounts, Role.PROFESSIONAL, this.hospital);
		RequestPostProcessor agent = user(new ObservatoryUser(nurse));
		this.mvc
			.perform(post("/maturity/agents").param("username", nurse.getUsername())
				.param("competences", "S3.2", "S2.1")
				.with(this.manager)
				.with(csrf()))
			.andExpect(redirectedUrl("/maturity/agents"));
		String roster = "/maturity/organisations/" + this.hospital.getId() + "/agents";
		this.mvc.perform(get(roster))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString(nurse.getDisplayName()))));
		Long id = this.agents.findByAccountIdOrderByNamedAtDesc(nurse.getId()).get(0).getId();
		// nobody else decides for the named person, not even the manager
		this.mvc.perform(post("/maturity/agents/{id}/accept", id).with(this.manager).with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc.perform(get("/maturity/agents").with(agent))
			.andExpect(content().string(containsString("Waiting for acceptance")));
		this.mvc.perform(post("/maturity/agents/{id}/accept", id).with(agent).with(csrf()))
			.andExpect(redirectedUrl("/maturity/agents"));
		this.mvc.perform(get(roster))
			.andExpect(content().string(containsString(nurse.getDisplayName())))
			.andExpect(content().string(containsString("S3.2")));

		this.mvc
			.perform(post("/maturity/agents/{id}/activities", id).param("date", LocalDate.now().toString())
				.param("kind", "WORKSHOP")
				.param("competences", "S3.2")
				.param("peopleReached", "12")
				.param("note", "Downtime drill")
				.with(agent)
				.with(csrf()))
			.andExpect(redirectedUrl("/maturity/agents/" + id));
		this.mvc
			.perform(post("/maturity/agents/{id}/activities", id).param("date", LocalDate.now().toString())
				.param("kind", "COACHING")
				.param("peopleReached", "-3")
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().isOk());
		this.mvc.perform(get("/maturity/agents/{id}", id).with(this.manager))
			.andExpect(content().string(containsString("Downtime drill")))
			.andExpect(content().string(containsString("1 activities, 12 people reached")));
		assertThat(this.indicators.values(LocalDate.now()))
			.filteredOn((v) -> "MT".equals(v.countryCode()) && v.code().startsWith("skills.change-agent"))
			.extracting(IndicatorValue::code)
			.contains("skills.change-agents", "skills.change-agent-activities", "skills.change-agent-reach");

		// someone outside sees no activities; the agent may end the role, and leaves the
		// roster
		RequestPostProcessor stranger = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PROFESSIONAL, null)));
		this.mvc.perform(get("/maturity/agents/{id}", id).with(stranger)).andExpect(status().isForbidden());
		this.mvc.perform(post("/maturity/agents/{id}/end", id).with(agent).with(csrf()))
			.andExpect(redirectedUrl("/maturity/agents"));
		this.mvc.perform(get(roster)).andExpect(content().string(not(containsString(nurse.getDisplayName()))));
	}

	@Test
	void aManagerNamesOnlyPeopleOfTheirOwnOrganisation() throws Exception {
		Organisation other = this.organisations
			.save(new Organisation("Other " + UUID.randomUUID(), OrganisationType.HOSPITAL, "MT"));
		UserAccount outsider = TestAccounts.create(this.accounts, Role.PROFESSIONAL, other);
		this.mvc
			.perform(post("/maturity/agents").param("username", outsider.getUsername())
				.param("competences", "S3.2")
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("No account of the organisation has this username.")));
		this.mvc
			.perform(post("/maturity/agents").param("username", "nobody-" + UUID.randomUUID())
				.param("competences", "S3.2")
				.with(this.manager)
				.with(csrf()))
			.andExpect(content().string(containsString("No account of the organisation has this username.")));
		UserAccount colleague = TestAccounts.create(this.accounts, Role.PROFESSIONAL, this.hospital);
		this.mvc
			.perform(post("/maturity/agents").param("username", colleague.getUsername())
				.param("competences", "X9.9")
				.with(this.manager)
				.with(csrf()))
			.andExpect(content().string(containsString("Please choose competences of the published framework.")));
		assertThat(this.agents.findByOrganisationIdOrderByNamedAtDesc(this.hospital.getId())).isEmpty();
		// a professional names nobody
		this.mvc
			.perform(post("/maturity/agents").param("username", colleague.getUsername())
				.param("competences", "S3.2")
				.with(user(new ObservatoryUser(colleague)))
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

}
