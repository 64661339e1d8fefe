package eu.dhso.lab.web;

import java.util.UUID;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.AccountLifecycle.NewAccount;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.ReferenceAccounts;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The directory of experts through the real HTTP stack: listed only with consent and gone
 * at once without it; follow-up requests seen by their two parties only.
 */
@ObservatoryTest
class ExpertDirectoryPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	ReferenceAccounts reference;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	ObservatoryUser expert;

	ObservatoryUser member;

	ObservatoryUser stranger;

	@BeforeEach
	void people() {
		this.expert = withAddress(Role.TRAINER, null);
		this.stranger = new ObservatoryUser(TestAccounts.create(this.accounts, Role.PARTNER, null));
		String organisation = "Hospital " + UUID.randomUUID();
		this.reference.addOrganisationIfAbsent(organisation, OrganisationType.HOSPITAL, "IT");
		this.member = withAddress(Role.PARTNER, this.organisations.findByName(organisation).orElseThrow());
	}

	/** An account with an e-mail address, so letters to it are written. */
	private ObservatoryUser withAddress(Role role, Organisation organisation) {
		String username = "expert-" + UUID.randomUUID().toString().substring(0, 8);
		return new ObservatoryUser(this.accounts
			.createIfAbsent(new NewAccount(username, "Test " + role, username + "@example.org", TestAccounts.PASSWORD),
					role, organisation)
			.orElseThrow());
	}

	static RequestPostProcessor as(ObservatoryUser user) {
		return user(user);
	}

	private long listed(ObservatoryUser who, String bio) throws Exception {
		this.mvc
			.perform(post("/experts/profile").with(as(who))
				.with(csrf())
				.param("bio", bio)
				.param("availability", "Mondays")
				.param("languages", "en", "mt")
				.param("countries", "MT")
				.param("competences", "S1.1")
				.param("consent", "true"))
			.andExpect(redirectedUrl("/experts/profile"))
			.andExpect(flash().attribute("success", "lab.expert.saved"));
		return this.jdbc.sql("select id from lab.expert_profile where account_id = :a")
			.param("a", who.getAccountId())
			.query(Long.class)
			.single();
	}

	@Test
	void anExpertListedWithConsentDisappearsAtOnceWhenWithdrawing() throws Exception {
		String bio = "Trains nurses in remote care " + UUID.randomUUID();
		// a profile without a language or a country is not saved
		this.mvc.perform(
				post("/experts/profile").with(as(this.expert)).with(csrf()).param("bio", bio).param("consent", "true"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"languages-errors\"")));
		long id = listed(this.expert, bio);

		this.mvc.perform(get("/experts").param("language", "mt").param("country", "MT").param("competence", "S1.1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(bio)));
		this.mvc.perform(get("/experts").param("language", "el").param("country", "MT"))
			.andExpect(content().string(not(containsString(bio))));
		this.mvc.perform(get("/experts/" + id)).andExpect(status().isOk());

		// leaving asks for a confirmation
		this.mvc.perform(post("/experts/profile/withdraw").with(as(this.expert)).with(csrf()))
			.andExpect(flash().attribute("error", "lab.expert.error.confirm"));
		this.mvc.perform(get("/experts/" + id)).andExpect(status().isOk());
		this.mvc.perform(post("/experts/profile/withdraw").with(as(this.expert)).with(csrf()).param("confirm", "true"))
			.andExpect(flash().attribute("success", "lab.expert.withdrawn"));
		this.mvc.perform(get("/experts/" + id)).andExpect(status().isNotFound());
		this.mvc.perform(get("/experts").param("language", "mt")).andExpect(content().string(not(containsString(bio))));
	}

	@Test
	void onlyTheTwoPartiesSeeARequestAndTheExpertAnswersIt() throws Exception {
		String facilitator = "Facilitator " + UUID.randomUUID();
		long id = listed(this.expert, facilitator);
		// a member of no organisation is refused
		this.mvc
			.perform(post("/experts/" + id + "/requests").with(as(this.stranger))
				.with(csrf())
				.param("subject", "Hello")
				.param("message", "Please come"))
			.andExpect(flash().attribute("error", "lab.request.error.organisation"));
		String sent = this.mvc
			.perform(post("/experts/" + id + "/requests").with(as(this.member))
				.with(csrf())
				.param("subject", "Workshop for our ward")
				.param("message", "Could you run a half day on video consultations?"))
			.andExpect(redirectedUrlPattern("/experts/requests/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		// one open request per expert
		this.mvc
			.perform(post("/experts/" + id + "/requests").with(as(this.member))
				.with(csrf())
				.param("subject", "Again")
				.param("message", "Again"))
			.andExpect(flash().attribute("error", "lab.request.error.pending"));

		// attack: a third person cannot read or answer it, even knowing its number
		this.mvc.perform(get(sent).with(as(this.stranger))).andExpect(status().isNotFound());
		this.mvc.perform(get(sent)).andExpect(status().is3xxRedirection());
		this.mvc
			.perform(post(sent + "/answer").with(as(this.stranger))
				.with(csrf())
				.param("accept", "true")
				.param("message", "Sure"))
			.andExpect(status().isNotFound());
		// the requester reads it but cannot answer it
		this.mvc.perform(get(sent).with(as(this.member)))
			.andExpect(content().string(containsString("Waiting for an answer")));
		this.mvc
			.perform(post(sent + "/answer").with(as(this.member))
				.with(csrf())
				.param("accept", "true")
				.param("message", "Sure"))
			.andExpect(status().isNotFound());

		this.mvc.perform(get("/experts/requests").with(as(this.expert)))
			.andExpect(content().string(containsString("Workshop for our ward")));
		this.mvc
			.perform(post(sent + "/answer").with(as(this.expert))
				.with(csrf())
				.param("accept", "true")
				.param("message", "Gladly, in April."))
			.andExpect(flash().attribute("success", "lab.request.answered"));
		this.mvc.perform(get(sent).with(as(this.member)))
			.andExpect(content().string(containsString("Gladly, in April.")))
			.andExpect(content().string(containsString("Accepted")));
		// both parties were written to
		assertThat(this.jdbc
			.sql("select count(*) from core.outbox_message where kind in ('expert.request', 'expert.answer')"
					+ " and body like '%' || :link || '%'")
			.param("link", sent)
			.query(Long.class)
			.single()).isEqualTo(2);
		// each party finds the request in their own data; a third person does not
		this.mvc.perform(get("/account/data.json").with(as(this.expert)))
			.andExpect(content().string(containsString("Gladly, in April.")))
			.andExpect(content().string(containsString("\"direction\":\"RECEIVED\"")))
			.andExpect(content().string(containsString(facilitator)));
		this.mvc.perform(get("/account/data.json").with(as(this.member)))
			.andExpect(content().string(containsString("Could you run a half day on video consultations?")))
			.andExpect(content().string(containsString("\"direction\":\"SENT\"")));
		this.mvc.perform(get("/account/data.json").with(as(this.stranger)))
			.andExpect(content().string(not(containsString("Workshop for our ward"))));
	}

	@Test
	void aRequestToAnExpertWhoIsNotListedIsRefused() throws Exception {
		long id = listed(this.expert, "Soon gone " + UUID.randomUUID());
		this.mvc
			.perform(post("/experts/profile").with(as(this.expert))
				.with(csrf())
				.param("bio", "Not listed any more")
				.param("languages", "en")
				.param("countries", "MT"))
			.andExpect(flash().attribute("success", "lab.expert.savedHidden"));
		this.mvc
			.perform(post("/experts/" + id + "/requests").with(as(this.member))
				.with(csrf())
				.param("subject", "Hello")
				.param("message", "Please come"))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.sql("select count(*) from lab.follow_up_request where profile_id = :p")
			.param("p", id)
			.query(Long.class)
			.single()).isZero();
		this.mvc.perform(get("/experts/requests")).andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/experts").param("page", "3")).andExpect(status().isOk());
	}

}
