package eu.dhso.core.account;

import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class OwnAccountTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	UserAccounts users;

	@Autowired
	PasswordEncoder passwordEncoder;

	@Test
	void changingThePasswordNeedsTheCurrentOne() throws Exception {
		UserAccount account = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null);
		this.mvc
			.perform(post("/account/password").with(user(new ObservatoryUser(account)))
				.with(csrf())
				.param("currentPassword", "not my password at all")
				.param("newPassword", "a river of new words")
				.param("confirmPassword", "a river of new words"))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("passwordChange", "currentPassword", "password.currentWrong"));
		this.mvc
			.perform(post("/account/password").with(user(new ObservatoryUser(account)))
				.with(csrf())
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", "a river of new words")
				.param("confirmPassword", "a river of new words"))
			.andExpect(redirectedUrl("/account"));
		assertThat(this.passwordEncoder.matches("a river of new words",
				this.users.findById(account.getId()).orElseThrow().getPasswordHash()))
			.isTrue();
	}

	@Test
	void theNewPasswordMustFollowThePolicy() throws Exception {
		UserAccount account = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null);
		this.mvc
			.perform(post("/account/password").with(user(new ObservatoryUser(account)))
				.with(csrf())
				.param("currentPassword", TestAccounts.PASSWORD)
				.param("newPassword", "tooshort")
				.param("confirmPassword", "tooshort"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("passwordChange", "newPassword", "password.tooShort"));
	}

}
