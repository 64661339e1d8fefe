package eu.dhso.skills.maturity;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class MaturityRoundTests {

	static final Pattern LINK = Pattern.compile("/maturity/answer/([A-Za-z0-9_-]{43})");

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	Organisations organisations;

	@Autowired
	JdbcClient jdbc;

	Organisation hospital;

	RequestPostProcessor manager;

	@BeforeEach
	void hospital() {
		this.hospital = this.organisations
			.save(new Organisation("Test hospital " + UUID.randomUUID(), OrganisationType.HOSPITAL, "IT"));
		this.manager = user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.PARTNER, this.hospital)));
	}

	@Test
	void aPartnerRunsARoundAndEachMemberAnswersOnceThroughTheirLink() throws Exception {
		long round = openRound(this.manager);
		List<String> tokens = invite(round, 6);
		// the round's page shows counts of answers, never who answered what
		List<RequestPostProcessor> members = members(this.hospital, 6);
		for (int m = 0; m < 6; m++) {
			String link = "/maturity/answer/" + tokens.get(m);
			this.mvc.perform(get(link).with(members.get(m)))
				.andExpect(status().isOk())
				.andExpect(content().string(containsString("When a system is down")));
			this.mvc.perform(answers(link, 1 + m % 5).with(members.get(m)).with(csrf()))
				.andExpect(redirectedUrl("/maturity/answered"));
		}
		// the link is spent, and the member cannot answer again through another link
		this.mvc.perform(answers("/maturity/answer/" + tokens.get(0), 5).with(members.get(0)).with(csrf()))
			.andExpect(status().isConflict());
		List<String> more = invite(round, 1);
		this.mvc.perform(answers("/maturity/answer/" + more.get(0), 5).with(members.get(0)).with(csrf()))
			.andExpect(status().isConflict());
		this.mvc.perform(get("/maturity/answer/" + more.get(0)).with(members.get(0)))
			.andExpect(content().string(containsString("You have answered this round")));
		this.mvc.perform(get("/maturity/rounds/{id}", round).with(this.manager))
			.andExpect(content().string(containsString("6 of 7 invited members have answered")));

		// incomplete answers are refused with a message and keep what was chosen
		List<RequestPostProcessor> late = members(this.hospital, 1);
		this.mvc
			.perform(post("/maturity/answer/" + invite(round, 1).get(0)).param("LEADERSHIP.1", "4")
				.with(late.get(0))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please answer every statement.")));

		this.mvc.perform(post("/maturity/rounds/{id}/close", round).with(this.manager).with(csrf()))
			.andExpect(redirectedUrl("/maturity/rounds/" + round));
		assertThat(roundStatus(round)).isEqualTo("OPEN");
		this.mvc
			.perform(
					post("/maturity/rounds/{id}/close", round).param("confirm", "true").with(this.manager).with(csrf()))
			.andExpect(redirectedUrl("/maturity/rounds/" + round));
		this.mvc.perform(get("/maturity/rounds/{id}", round).with(this.manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"profile\"")))
			.andExpect(content().string(containsString("Adaptability and resilience")))
			.andExpect(content().string(containsString("Agreement (rwg)")))
			.andExpect(content().string(containsString("SELFIE")));
		// closed: nobody answers any more
		this.mvc.perform(answers("/maturity/answer/" + tokens.get(5), 2).with(late.get(0)).with(csrf()))
			.andExpect(status().isConflict());
	}

	@Test
	void answersAreStoredWithoutTheirAuthorSoNoManagerCanReadOne() throws Exception {
		assertThat(this.jdbc.sql("""
				select count(*) from information_schema.columns
				where table_schema = 'skills' and table_name in ('maturity_response', 'maturity_answer')
				  and column_name not in ('id', 'round_id', 'verified', 'synthetic', 'submitted_on', 'response_id',
				                          'item_code', 'score')""").query(Long.class).single()).isZero();
		long round = openRound(this.manager);
		List<String> tokens = invite(round, 1);
		RequestPostProcessor member = members(this.hospital, 1).get(0);
		this.mvc.perform(answers("/maturity/answer/" + tokens.get(0), 5).with(member).with(csrf()))
			.andExpect(redirectedUrl("/maturity/answered"));
		// the manager of another organisation sees nothing of the round at all
		Organisation other = this.organisations
			.save(new Organisation("Other hospital " + UUID.randomUUID(), OrganisationType.HOSPITAL, "IT"));
		RequestPostProcessor stranger = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PARTNER, other)));
		this.mvc.perform(get("/maturity/rounds/{id}", round).with(stranger)).andExpect(status().isForbidden());
		this.mvc
			.perform(post("/maturity/rounds/{id}/close", round).param("confirm", "true").with(stranger).with(csrf()))
			.andExpect(status().isForbidden());
		// a professional of the organisation is not its manager
		this.mvc.perform(get("/maturity/rounds/{id}", round).with(member)).andExpect(status().isForbidden());
		// an open round shows no profile, even to its manager
		this.mvc.perform(get("/maturity/rounds/{id}", round).with(this.manager))
			.andExpect(content().string(not(containsString("data-testid=\"profile\""))));
	}

	@Test
	void aMemberOfAnotherOrganisationCannotAnswerThroughALinkOfThisOne() throws Exception {
		long round = openRound(this.manager);
		String link = "/maturity/answer/" + invite(round, 1).get(0);
		Organisation other = this.organisations
			.save(new Organisation("Other hospital " + UUID.randomUUID(), OrganisationType.HOSPITAL, "GR"));
		RequestPostProcessor outsider = members(other, 1).get(0);
		this.mvc.perform(get(link).with(outsider)).andExpect(status().isForbidden());
		this.mvc.perform(answers(link, 3).with(outsider).with(csrf())).andExpect(status().isForbidden());
		assertThat(this.jdbc.sql("select count(*) from skills.maturity_response where round_id = :r")
			.param("r", round)
			.query(Long.class)
			.single()).isZero();
		// an unknown link and an anonymous visitor get nothing
		this.mvc.perform(get("/maturity/answer/" + "x".repeat(43)).with(outsider)).andExpect(status().isNotFound());
		this.mvc.perform(get(link)).andExpect(status().is3xxRedirection());
	}

	@Test
	void aClosedRoundWithFourRespondentsShowsNothing() throws Exception {
		long round = openRound(this.manager);
		List<String> tokens = invite(round, 4);
		List<RequestPostProcessor> members = members(this.hospital, 4);
		for (int m = 0; m < 4; m++) {
			this.mvc.perform(answers("/maturity/answer/" + tokens.get(m), 2 + m % 3).with(members.get(m)).with(csrf()))
				.andExpect(redirectedUrl("/maturity/answered"));
		}
		this.mvc
			.perform(
					post("/maturity/rounds/{id}/close", round).param("confirm", "true").with(this.manager).with(csrf()))
			.andExpect(redirectedUrl("/maturity/rounds/" + round));
		this.mvc.perform(get("/maturity/rounds/{id}", round).with(this.manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-testid=\"profile-suppressed\"")))
			.andExpect(content().string(not(containsString("data-testid=\"profile\""))))
			.andExpect(content().string(not(containsString("Agreement (rwg)"))));
	}

	@Test
	void invitationsAreCheckedAndARoundMovesOnlyForward() throws Exception {
		long round = createRound(this.manager);
		this.mvc
			.perform(post("/maturity/rounds/{id}/invitations", round).param("addresses", "a@example.org")
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().isConflict());
		this.mvc.perform(post("/maturity/rounds/{id}/open", round).with(this.manager).with(csrf()))
			.andExpect(redirectedUrl("/maturity/rounds/" + round));
		this.mvc.perform(post("/maturity/rounds/{id}/open", round).with(this.manager).with(csrf()))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/maturity/rounds/{id}/invitations", round).param("addresses", "not an address")
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please enter valid e-mail addresses")));
		this.mvc
			.perform(post("/maturity/rounds").param("title", "Backwards")
				.param("periodStart", "2026-05-01")
				.param("periodEnd", "2026-04-01")
				.with(this.manager)
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("The period must end on or after its first day.")));
		// a professional runs no rounds
		RequestPostProcessor member = members(this.hospital, 1).get(0);
		this.mvc
			.perform(post("/maturity/rounds").param("title", "Mine")
				.param("periodStart", "2026-05-01")
				.param("periodEnd", "2026-06-01")
				.with(member)
				.with(csrf()))
			.andExpect(status().isForbidden());
	}

	@Test
	void theModelIsPublicAndNamesItsSources() throws Exception {
		this.mvc.perform(get("/maturity"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Digital maturity and team resilience")))
			.andExpect(content().string(containsString("HIMSS Digital Health Indicator")))
			.andExpect(content().string(containsString("Alliger")))
			.andExpect(content().string(containsString("S3.2")));
		this.mvc.perform(get("/maturity").with(this.manager))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Prepare a round")));
	}

	private long createRound(RequestPostProcessor who) throws Exception {
		String location = this.mvc
			.perform(post("/maturity/rounds").param("title", "Spring " + UUID.randomUUID().toString().substring(0, 4))
				.param("periodStart", "2026-03-01")
				.param("periodEnd", "2026-04-30")
				.with(who)
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/maturity/rounds/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	private long openRound(RequestPostProcessor who) throws Exception {
		long round = createRound(who);
		this.mvc.perform(post("/maturity/rounds/{id}/open", round).with(who).with(csrf()))
			.andExpect(redirectedUrl("/maturity/rounds/" + round));
		return round;
	}

	/** Invites new addresses and reads their links from the outbox. */
	private List<String> invite(long round, int count) throws Exception {
		List<String> addresses = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			addresses.add("member-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		}
		this.mvc
			.perform(post("/maturity/rounds/{id}/invitations", round).param("addresses", String.join("\n", addresses))
				.with(this.manager)
				.with(csrf()))
			.andExpect(redirectedUrl("/maturity/rounds/" + round));
		List<String> tokens = new ArrayList<>();
		for (String address : addresses) {
			String body = this.jdbc.sql("select body from core.outbox_message where recipient = :r")
				.param("r", address)
				.query(String.class)
				.single();
			Matcher matcher = LINK.matcher(body);
			assertThat(matcher.find()).as(body).isTrue();
			tokens.add(matcher.group(1));
		}
		return tokens;
	}

	private List<RequestPostProcessor> members(Organisation organisation, int count) {
		List<RequestPostProcessor> members = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			members.add(user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.PROFESSIONAL, organisation))));
		}
		return members;
	}

	private static MockHttpServletRequestBuilder answers(String link, int score) {
		MockHttpServletRequestBuilder request = post(link);
		for (String item : MaturityDimension.allItemCodes()) {
			request.param(item, String.valueOf(score));
		}
		return request;
	}

	private String roundStatus(long round) {
		return this.jdbc.sql("select status from skills.maturity_round where id = :id")
			.param("id", round)
			.query(String.class)
			.single();
	}

}
