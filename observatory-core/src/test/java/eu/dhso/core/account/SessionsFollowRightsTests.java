package eu.dhso.core.account;

import java.util.UUID;

import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Sessions opened by signing in for real (in memory, the default mode) end as soon as the
 * account's rights change; the person changing their own password stays signed in where
 * they did it.
 */
@ObservatoryTest
class SessionsFollowRightsTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	UserAccounts users;

	@Autowired
	PasswordEncoder passwordEncoder;

	UserAccount admin;

	UserAccount person;

	@BeforeEach
	void accounts() {
		this.admin = TestAccounts.create(this.accounts, Role.ADMIN, null);
		this.person = TestAccounts.create(this.accounts, Role.TRAINER, null);
	}

	@Test
	void aDeactivatedAccountsSessionsAreSignedOutAtOnce() throws Exception {
		MockHttpSession stolen = signIn(this.person.getUsername(), TestAccounts.PASSWORD);
		assertWorks(stolen);
		MockHttpSession adminSession = signIn(this.admin.getUsername(), TestAccounts.PASSWORD);
		this.mvc.perform(post("/admin/users/{id}/deactivate", this.person.getId()).session(adminSession).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + this.person.getId()));
		assertRefused(stolen);
		assertWorks(adminSession);
	}

	@Test
	void aPasswordResetByAnAdministratorEndsEverySessionOfTheAccount() throws Exception {
		MockHttpSession first = signIn(this.person.getUsername(), TestAccounts.PASSWORD);
		MockHttpSession second = signIn(this.person.getUsername(), TestAccounts.PASSWORD);
		assertWorks(first);
		assertWorks(second);
		this.mvc
			.perform(post("/admin/users/{id}/password", this.person.getId())
				.session(signIn(this.admin.getUsername(), TestAccounts.PASSWORD))
				.with(csrf())
				.param("newPassword", "a fresh winter passphrase"))
			.andExpect(redirectedUrl("/admin/users/" + this.person.getId()));
		assertRefused(first);
		assertRefused(second);
	}

	@Test
	void aRoleChangeEndsEverySessionOfTheAccount() throws Exception {
		MockHttpSession session = signIn(this.person.getUsername(), TestAccounts.PASSWORD);
		assertWorks(session);
		this.mvc
			.perform(post("/admin/users/{id}/role", this.person.getId())
				.session(signIn(this.admin.getUsername(), TestAccounts.PASSWORD))
				.with(csrf())
				.param("role", "PROFESSIONAL"))
			.andExpect(redirectedUrl("/admin/users/" + this.person.getId()));
		assertThat(this.users.findById(this.person.getId()).orElseThrow().getRole()).isEqualTo(Role.PROFESSIONAL);
		assertRefused(session);
		MockHttpSession again = signIn(this.person.getUsername(), TestAccounts.PASSWORD);
		assertWorks(again);
	}

	@Test
	void changingOnesOwnPasswordEndsEveryOtherSessionAndKeepsThisOne() throws Exception {
		MockHttpSession elsewhere = signIn(this.person.getUsername(), TestAccounts.PASSWORD);
		MockHttpSession here = signIn(this.person.getUsername(), TestAccounts.PASSWORD);
		assertWorks(elsewhere);
		String newPassword = "my own new evening phrase";
		this.mvc
			.perform(post("/account/password").session(here)
				.with(csrf())
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", newPassword)
				.param("confirmPassword", newPassword))
			.andExpect(redirectedUrl("/account"));
		assertRefused(elsewhere);
		assertWorks(here);
		assertThat(this.passwordEncoder.matches(newPassword,
				this.users.findById(this.person.getId()).orElseThrow().getPasswordHash()))
			.isTrue();
	}

	@Test
	void anAdministratorCannotChangeTheirOwnRole() throws Exception {
		MockHttpSession adminSession = signIn(this.admin.getUsername(), TestAccounts.PASSWORD);
		this.mvc
			.perform(post("/admin/users/{id}/role", this.admin.getId()).session(adminSession)
				.with(csrf())
				.param("role", "PROFESSIONAL"))
			.andExpect(redirectedUrl("/admin/users/" + this.admin.getId()));
		assertThat(this.users.findById(this.admin.getId()).orElseThrow().getRole()).isEqualTo(Role.ADMIN);
		assertWorks(adminSession);
	}

	/** A signed-in page and a post both still work in this session. */
	private void assertWorks(MockHttpSession session) throws Exception {
		this.mvc.perform(get("/account").session(session)).andExpect(status().isOk());
	}

	/**
	 * The session is signed out: pages send it to sign in, and a post (here: changing the
	 * password, the worst a thief could do) is refused and changes nothing.
	 */
	private void assertRefused(MockHttpSession session) throws Exception {
		String hashBefore = this.users.findById(this.person.getId()).orElseThrow().getPasswordHash();
		String thiefsPassword = "thief " + UUID.randomUUID();
		this.mvc
			.perform(post("/account/password").session(session)
				.with(csrf())
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", thiefsPassword)
				.param("confirmPassword", thiefsPassword))
			.andExpect(status().is3xxRedirection())
			.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl()).startsWith("/login"));
		assertThat(this.users.findById(this.person.getId()).orElseThrow().getPasswordHash()).isEqualTo(hashBefore);
		this.mvc.perform(get("/account").session(session))
			.andExpect(status().is3xxRedirection())
			.andExpect((result) -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login"));
	}

	private MockHttpSession signIn(String username, String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(post("/login").with(csrf()).with((request) -> {
			request.setRemoteAddr("192.0.2.31");
			return request;
		}).param("username", username).param("password", password))
			.andExpect(redirectedUrl("/"))
			.andReturn()
			.getRequest()
			.getSession(false);
	}

}
