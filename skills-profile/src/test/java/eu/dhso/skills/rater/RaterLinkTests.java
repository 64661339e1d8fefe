package eu.dhso.skills.rater;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.dhso.core.account.AccountService;
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
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class RaterLinkTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountService accounts;

	@Autowired
	RaterService raters;

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

		this.mvc.perform(get(path)).andExpect(status().isOk()).andExpect(content().string(containsString("Manager")));
		this.mvc.perform(post(path).param("level-1", "2").with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Please choose a statement for every competence.")));
		this.mvc.perform(ratings(path, 3).with(csrf())).andExpect(redirectedUrl("/skills/rate/thanks"));
		this.mvc.perform(get("/skills/rate/thanks")).andExpect(status().isOk());

		this.mvc.perform(get(path)).andExpect(status().isNotFound());
		this.mvc.perform(ratings(path, 1).with(csrf())).andExpect(status().isNotFound());
		this.mvc.perform(get("/skills/raters").with(me))
			.andExpect(content().string(containsString("Answered")))
			.andExpect(content().string(containsString("1 of at least 3 raters have answered")));
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
	void feedbackAppearsAsMeansOnlyOnceThreeRatersHaveAnswered() {
		UserAccount professional = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null);
		for (int level : new int[] { 1, 2 }) {
			assertThat(this.raters.answer(this.raters.invite(professional.getId(), RaterRelation.COLLEAGUE),
					allSoftSkills(level)))
				.isTrue();
		}
		RaterService.FeedbackSummary two = this.raters.feedback(professional.getId());
		assertThat(two.raters()).isEqualTo(2);
		assertThat(two.shown()).isFalse();
		assertThat(two.competences()).isEmpty();

		this.raters.answer(this.raters.invite(professional.getId(), RaterRelation.PATIENT_REPRESENTATIVE),
				allSoftSkills(4));
		RaterService.FeedbackSummary three = this.raters.feedback(professional.getId());
		assertThat(three.shown()).isTrue();
		assertThat(three.competences()).isNotEmpty()
			.allSatisfy((c) -> assertThat(c.meanLevel()).isCloseTo(7.0 / 3, within(1e-9)));
		assertThat(three.competences()).allSatisfy((c) -> assertThat(c.code()).startsWith("S"));
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
