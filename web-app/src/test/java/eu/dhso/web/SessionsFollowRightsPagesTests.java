package eu.dhso.web;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccount;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A session of a deactivated account no longer reaches any module's pages, and the
 * session where a person changed their password keeps working in every module.
 */
@ObservatoryTest
class SessionsFollowRightsPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Test
	void aDeactivatedProfessionalsOpenSessionCannotReachTheLabAnyMore() throws Exception {
		UserAccount professional = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null);
		MockHttpSession session = signIn(professional.getUsername(), TestAccounts.PASSWORD);
		this.mvc.perform(get("/lab/my").session(session)).andExpect(status().isOk());
		this.accounts.deactivate("an-admin", professional.getId());
		this.mvc.perform(get("/lab/my").session(session))
			.andExpect(status().is3xxRedirection())
			.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login"));
	}

	@Test
	void afterChangingTheirPasswordAProfessionalKeepsWorkingHereButNotElsewhere() throws Exception {
		UserAccount professional = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null);
		MockHttpSession elsewhere = signIn(professional.getUsername(), TestAccounts.PASSWORD);
		MockHttpSession here = signIn(professional.getUsername(), TestAccounts.PASSWORD);
		this.mvc
			.perform(post("/account/password").session(here)
				.with(csrf())
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", "lanterns along the canal")
				.param("confirmPassword", "lanterns along the canal"))
			.andExpect(redirectedUrl("/account"));
		this.mvc.perform(get("/lab/my").session(here)).andExpect(status().isOk());
		this.mvc.perform(get("/skills/assessments").session(here)).andExpect(status().isOk());
		this.mvc.perform(get("/lab/my").session(elsewhere)).andExpect(redirectedUrl("/login?ended"));
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(post("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr("192.0.2.41");
			return request;
		}).param("username", username).param("password", password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
