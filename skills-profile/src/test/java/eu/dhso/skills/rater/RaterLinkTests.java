package eu.dhso.skills.rater;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccount;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.CompetenceView;
import eu.dhso.core.framework.CompetenceKind;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class RaterLinkTests {

	static final String RATER = "203.0.113.7";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	RaterFeedback raters;

	@Autowired
	CompetenceFramework framework;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aRaterAnswersOnceWithoutAnAccountAndTheLinkThenStopsWorking() throws Exception {
		UserAccount professional = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null);
		RequestPostProcessor me = user(new ObservatoryUser(professional));
		URI link = (URI) this.mvc.perform(post("/skills/raters").param("relation", "MANAGER").with(me).with(csrf()))
			.andExpect(redirectedUrl("/skills/raters"))
			.andReturn()
			.getFlashMap()
			.get("raterLink");
		String path = link.getPath();
		String token = path.substring(path.lastIndexOf('/') + 1);
		// Only the hash is kept: the database alone never opens a link.
		assertThat(this.jdbc.sql("select count(*) from skills.rater_invitation where token_hash = :t")
			.param("t", token)
			.query(Long.class)
			.single()).isZero();

		this.mvc.perform(get(path).with(from(RATER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Manager")));
		this.mvc.perform(post(path).param("level-1", "2").with(csrf()).with(from(RATER)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please choose a statement for every competence.")));
		this.mvc.perform(ratings(path, 3).with(csrf()).with(from(RATER)))
			.andExpect(redirectedUrl("/skills/rate/thanks"));
		this.mvc.perform(get("/skills/rate/thanks")).andExpect(status().isOk());

		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		this.mvc.perform(ratings(path, 1).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get("/skills/raters").with(me))
			.andExpect(content().string(containsString("Answered")))
			.andExpect(content().string(containsString("1 of at least 5 independent raters have answered")));
	}

	@Test
	void anExpiredOrUnknownLinkIsNotFound() throws Exception {
		UserAccount professional = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null);
		String token = this.raters.invite(professional.getId(), RaterRelation.COLLEAGUE);
		this.mvc.perform(get("/skills/rate/{t}", token)).andExpect(status().isOk());
		this.jdbc
			.sql("update skills.rater_invitation set expires_at = now() - interval '1 minute' where account_id = :a")
			.param("a", professional.getId())
			.update();
		this.mvc.perform(get("/skills/rate/{t}", token)).andExpect(status().isNotFound());
		this.mvc.perform(ratings("/skills/rate/" + token, 2).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get("/skills/rate/{t}", "x".repeat(43))).andExpect(status().isNotFound());
	}

	@Test
	void feedbackAppearsAsMeansOnlyOnceFiveIndependentRatersHaveAnswered() {
		UserAccount professional = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null);
		int[] levels = { 1, 2, 4, 3, 2 };
		for (int n = 0; n < 4; n++) {
			assertThat(this.raters.answer(this.raters.invite(professional.getId(), RaterRelation.COLLEAGUE),
					allSoftSkills(levels[n]), rater(n)))
				.isTrue();
		}
		RaterFeedback.FeedbackSummary four = this.raters.feedback(professional.getId());
		assertThat(four.independent()).isEqualTo(4);
		assertThat(four.shown()).isFalse();
		assertThat(four.competences()).isEmpty();

		this.raters.answer(this.raters.invite(professional.getId(), RaterRelation.PATIENT_REPRESENTATIVE),
				allSoftSkills(levels[4]), rater(4));
		RaterFeedback.FeedbackSummary five = this.raters.feedback(professional.getId());
		assertThat(five.shown()).isTrue();
		assertThat(five.shownRaters()).isEqualTo(5);
		// The mean 12/5 = 2.4, perturbed like every released mean: by at most two thirds
		// of the level range over five answers.
		assertThat(five.competences()).isNotEmpty()
			.allSatisfy((c) -> assertThat(c.meanLevel()).isBetween(2.0 - 1e-9, 2.8 + 1e-9));
		assertThat(five.competences()).allSatisfy((c) -> assertThat(c.code()).startsWith("S"));
	}

	/**
	 * Attack (d), first half: the professional opened their own rater link while signed
	 * in, answered it and subtracted their answers from the means.
	 */
	@Test
	void theProfessionalCannotAnswerTheirOwnRaterLinkWhileSignedIn() throws Exception {
		UserAccount professional = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null);
		RequestPostProcessor me = user(new ObservatoryUser(professional));
		String path = "/skills/rate/" + this.raters.invite(professional.getId(), RaterRelation.COLLEAGUE);
		this.mvc.perform(get(path).with(me))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("This is your own rater link")))
			.andExpect(content().string(not(containsString("level-"))));
		this.mvc.perform(ratings(path, 4).with(me).with(csrf()))
			.andExpect(status().isForbidden())
			.andExpect(content().string(containsString("you cannot answer it")));
		// The link is still open for the rater it was meant for; another signed-in
		// person may answer it.
		RequestPostProcessor colleague = user(
				new ObservatoryUser(TestAccounts.create(this.accounts, Role.PROFESSIONAL, null)));
		this.mvc.perform(get(path).with(colleague).with(from(RATER))).andExpect(status().isOk());
		this.mvc.perform(ratings(path, 4).with(colleague).with(csrf()).with(from(RATER)))
			.andExpect(redirectedUrl("/skills/rate/thanks"));
	}

	/**
	 * Attack (d), second half: signed out, the professional answers their own links from
	 * where they created them. Those answers do not count toward the raters needed, nor
	 * in the means.
	 */
	@Test
	void answersFromTheProfessionalsOwnAddressDoNotCountTowardTheRaters() throws Exception {
		UserAccount professional = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null);
		RequestPostProcessor me = user(new ObservatoryUser(professional));
		String home = "198.51.100.5";
		List<String> own = new ArrayList<>();
		for (int n = 0; n < 4; n++) {
			own.add(createLink(me, home));
		}
		for (String path : own) {
			this.mvc.perform(ratings(path, 1).with(csrf()).with(from(home)))
				.andExpect(redirectedUrl("/skills/rate/thanks"));
		}
		for (int n = 0; n < 4; n++) {
			this.mvc.perform(ratings(createLink(me, home), 4).with(csrf()).with(from("203.0.113." + (10 + n))))
				.andExpect(redirectedUrl("/skills/rate/thanks"));
		}
		this.mvc.perform(get("/skills/raters").with(me).with(from(home)))
			.andExpect(content().string(containsString("4 of at least 5 independent raters have answered")))
			.andExpect(content().string(containsString("4 answered links came from a session or network connection")));
		assertThat(this.raters.feedback(professional.getId()).shown()).isFalse();

		this.mvc.perform(ratings(createLink(me, home), 4).with(csrf()).with(from("203.0.113.99")))
			.andExpect(redirectedUrl("/skills/rate/thanks"));
		RaterFeedback.FeedbackSummary feedback = this.raters.feedback(professional.getId());
		assertThat(feedback.answered()).isEqualTo(9);
		assertThat(feedback.independent()).isEqualTo(5);
		// Five independent raters gave 4; the professional's own 1s are not in the means
		// (with them the mean would be 24/9).
		assertThat(feedback.competences()).isNotEmpty()
			.allSatisfy((c) -> assertThat(c.meanLevel()).isGreaterThanOrEqualTo(3.6 - 1e-9));
	}

	private String createLink(RequestPostProcessor me, String address) throws Exception {
		URI link = (URI) this.mvc
			.perform(post("/skills/raters").param("relation", "COLLEAGUE").with(me).with(csrf()).with(from(address)))
			.andReturn()
			.getFlashMap()
			.get("raterLink");
		return link.getPath();
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	static RaterOrigin rater(int n) {
		return new RaterOrigin(null, "rater-session-" + n, "203.0.113." + (50 + n));
	}

	@Test
	void onlyHealthProfessionalsInviteRaters() throws Exception {
		this.mvc
			.perform(get("/skills/raters")
				.with(user(new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null)))))
			.andExpect(status().isForbidden());
		this.mvc.perform(post("/skills/raters").param("relation", "MANAGER").with(csrf()))
			.andExpect(status().is3xxRedirection());
	}

	Map<Long, Integer> allSoftSkills(int level) {
		Map<Long, Integer> levels = new HashMap<>();
		softSkills().forEach((c) -> levels.put(c.id(), level));
		return levels;
	}

	MockHttpServletRequestBuilder ratings(String path, int level) {
		MockHttpServletRequestBuilder request = post(path);
		softSkills().forEach((c) -> request.param("level-" + c.id(), String.valueOf(level)));
		return request;
	}

	List<CompetenceView> softSkills() {
		return this.framework.latestPublished()
			.orElseThrow()
			.areasOfKind(CompetenceKind.SOFT)
			.stream()
			.flatMap((a) -> a.competences().stream())
			.toList();
	}

}
