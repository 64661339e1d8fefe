package eu.dhso.core.account;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

/** Registration cannot be used to find out which usernames exist. */
@ObservatoryTest
class RegistrationProbingTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	UserAccounts users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void registeringATakenNameAnswersExactlyLikeAFreeOneAndLeavesTheOwnerAlone() throws Exception {
		UserAccount owner = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null);
		String free = "free-" + UUID.randomUUID().toString().substring(0, 8);
		MvcResult taken = register(owner.getUsername().toUpperCase(), "Someone Else");
		MvcResult created = register(free, "Someone New");
		assertThat(taken.getResponse().getStatus()).isEqualTo(created.getResponse().getStatus()).isEqualTo(302);
		assertThat(taken.getResponse().getRedirectedUrl()).isEqualTo(created.getResponse().getRedirectedUrl())
			.isEqualTo("/login");
		Map<String, Object> takenFlash = new HashMap<>(taken.getFlashMap());
		assertThat(takenFlash).isEqualTo(new HashMap<>(created.getFlashMap()))
			.containsEntry("success", "register.done");
		assertThat(taken.getModelAndView().getModel().keySet())
			.isEqualTo(created.getModelAndView().getModel().keySet());

		UserAccount unchanged = this.users.findById(owner.getId()).orElseThrow();
		assertThat(unchanged.getPasswordHash()).isEqualTo(owner.getPasswordHash());
		assertThat(unchanged.getDisplayName()).isEqualTo(owner.getDisplayName());
		assertThat(unchanged.isEnabled()).isTrue();
		assertThat(this.users.findByUsernameIgnoreCase(free)).isPresent();
		assertThat(this.jdbc.sql("""
				select count(*) from core.audit_entry
				where action = 'account.register' and outcome = 'REFUSED' and object_id = ?""")
			.param(owner.getId().toString())
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aTakenNameWithABadPasswordGetsOnlyThePasswordError() throws Exception {
		UserAccount owner = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null);
		this.mvc
			.perform(post("/register").with(csrf())
				.param("username", owner.getUsername())
				.param("displayName", "Someone")
				.param("password", "short")
				.param("confirmPassword", "short"))
			.andExpect(status().isOk())
			.andExpect(model().attributeErrorCount("registration", 1))
			.andExpect(model().attributeHasFieldErrorCode("registration", "password", "password.tooShort"));
	}

	@Test
	void theResultExplainsThatTheAccountWaitsForVerification() throws Exception {
		this.mvc.perform(get("/login").flashAttr("success", "register.done"))
			.andExpect(content().string(containsString("If this username was free")))
			.andExpect(content().string(containsString("An administrator will then verify your account")));
	}

	private MvcResult register(String username, String displayName) throws Exception {
		return this.mvc
			.perform(post("/register").with(csrf())
				.param("username", username)
				.param("displayName", displayName)
				.param("password", "a harbour light at midnight")
				.param("confirmPassword", "a harbour light at midnight"))
			.andReturn();
	}

}
