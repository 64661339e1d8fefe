package eu.dhso.core.account;

import java.util.UUID;

import eu.dhso.core.audit.AuditEntries;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Administrators see who waits for verification and verify them; people see what it
 * means.
 */
@ObservatoryTest
class VerificationPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	UserAccounts users;

	@Autowired
	AuditEntries audit;

	ObservatoryUser admin;

	String marker;

	UserAccount registered;

	@BeforeEach
	void accounts() {
		this.admin = new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null));
		this.marker = "vrf" + UUID.randomUUID().toString().substring(0, 6);
		this.registered = this.accounts
			.register(new AccountLifecycle.NewAccount(this.marker + "-self", "Self Registered", null,
					"a harbour light at midnight"))
			.orElseThrow();
		this.accounts.createByAdmin(this.admin.getUsername(), new AccountLifecycle.NewAccount(this.marker + "-made",
				"Made By Admin", null, "a harbour light at midnight"), Role.PROFESSIONAL, null);
	}

	@Test
	void theUserListShowsVerificationAndFiltersThoseWaitingForIt() throws Exception {
		this.mvc.perform(get("/admin/users").param("q", this.marker).with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.marker + "-self")))
			.andExpect(content().string(containsString(this.marker + "-made")))
			.andExpect(content().string(containsString("Waiting for verification")));
		this.mvc
			.perform(
					get("/admin/users").param("q", this.marker).param("verification", "waiting").with(user(this.admin)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(this.marker + "-self")))
			.andExpect(content().string(not(containsString(this.marker + "-made"))));
	}

	@Test
	void verifyingNeedsTheConfirmationAndIsAudited() throws Exception {
		this.mvc.perform(post("/admin/users/{id}/verify", this.registered.getId()).with(user(this.admin)).with(csrf()))
			.andExpect(redirectedUrl("/admin/users/" + this.registered.getId()))
			.andExpect(flash().attribute("error", "admin.users.verify.unconfirmed"));
		assertThat(this.users.findById(this.registered.getId()).orElseThrow().isVerified()).isFalse();
		this.mvc
			.perform(post("/admin/users/{id}/verify", this.registered.getId()).with(user(this.admin))
				.with(csrf())
				.param("confirm", "yes"))
			.andExpect(flash().attribute("success", "admin.users.verified"));
		assertThat(this.users.findById(this.registered.getId()).orElseThrow().isVerified()).isTrue();
		assertThat(this.audit.countByActorAndAction(this.admin.getUsername(), "account.verify")).isEqualTo(1);
		this.mvc.perform(get("/admin/users/{id}", this.registered.getId()).with(user(this.admin)))
			.andExpect(content().string(containsString("Verified")))
			.andExpect(content().string(not(containsString("/verify\""))));
	}

	@Test
	void theDetailPageOffersVerificationWithItsExplanation() throws Exception {
		this.mvc.perform(get("/admin/users/{id}", this.registered.getId()).with(user(this.admin)))
			.andExpect(content().string(containsString("Waiting for verification")))
			.andExpect(content().string(containsString("Verify an account only when you know")))
			.andExpect(content().string(containsString("/admin/users/" + this.registered.getId() + "/verify")));
	}

	@Test
	void verifyingWithoutACsrfTokenOrAsANonAdministratorIsRefused() throws Exception {
		this.mvc
			.perform(post("/admin/users/{id}/verify", this.registered.getId()).with(user(this.admin))
				.param("confirm", "yes"))
			.andExpect(status().isForbidden());
		ObservatoryUser self = new ObservatoryUser(this.registered);
		this.mvc
			.perform(post("/admin/users/{id}/verify", this.registered.getId()).with(user(self))
				.with(csrf())
				.param("confirm", "yes"))
			.andExpect(status().isForbidden());
		assertThat(this.users.findById(this.registered.getId()).orElseThrow().isVerified()).isFalse();
	}

	@Test
	void thePersonSeesWhetherTheirAnswersCountInPublishedFigures() throws Exception {
		ObservatoryUser self = new ObservatoryUser(this.registered);
		this.mvc.perform(get("/account").with(user(self)))
			.andExpect(content().string(containsString("Waiting for verification")))
			.andExpect(content().string(containsString("are not counted in the observatory")));
		this.accounts.verify(this.admin.getUsername(), this.registered.getId());
		this.mvc.perform(get("/account").with(user(self)))
			.andExpect(content().string(containsString("so your answers count in the observatory")));
	}

}
