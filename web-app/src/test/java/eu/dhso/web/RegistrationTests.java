package eu.dhso.web;

import java.util.UUID;

import eu.dhso.core.account.Role;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.audit.AuditEntries;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.validation.BindingResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@ObservatoryTest
class RegistrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	AuditEntries audit;

	@Test
	void aHealthProfessionalRegistersAndCanSignIn() throws Exception {
		String username = "nurse-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(registration(username, "Ιωάννα Παπαδοπούλου", "evening shift on ward seven"))
			.andExpect(redirectedUrl("/login"));
		var account = this.accounts.findByUsernameIgnoreCase(username).orElseThrow();
		assertThat(account.getRole()).isEqualTo(Role.PROFESSIONAL);
		assertThat(account.getDisplayName()).isEqualTo("Ιωάννα Παπαδοπούλου");
		assertThat(account.getPasswordHash()).startsWith("{bcrypt}");
		assertThat(this.audit.countByActorAndAction(username, "account.register")).isEqualTo(1);
		this.mvc
			.perform(post("/login").with(csrf())
				.param("username", username)
				.param("password", "evening shift on ward seven"))
			.andExpect(redirectedUrl("/"));
	}

	@Test
	void aWeakPasswordIsRefusedWithAClearFieldError() throws Exception {
		String username = "weak-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(registration(username, "Weak Walter", "qwerty123456"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("registration", "password", "password.common"))
			.andExpect(content().string(containsString("too common")))
			.andExpect(content().string(containsString("Weak Walter")));
		this.mvc.perform(registration(username, "Weak Walter", "short"))
			.andExpect(model().attributeHasFieldErrorCode("registration", "password", "password.tooShort"));
		assertThat(this.accounts.existsByUsernameIgnoreCase(username)).isFalse();
	}

	/**
	 * Different passwords are reported; a taken username no longer is (issue 13: it let
	 * anyone probe which names exist), so the demo administrator's name gets no error.
	 */
	@Test
	void differentPasswordsAreReportedButATakenUsernameIsNot() throws Exception {
		this.mvc
			.perform(post("/register").with(csrf())
				.param("username", "ADMIN")
				.param("displayName", "Someone")
				.param("password", "a perfectly fine passphrase")
				.param("confirmPassword", "another perfectly fine passphrase"))
			.andExpect(status().isOk())
			.andExpect((result) -> assertThat(((BindingResult) result.getModelAndView()
				.getModel()
				.get(BindingResult.MODEL_KEY_PREFIX + "registration")).hasFieldErrors("username")).isFalse())
			.andExpect(model().attributeHasFieldErrorCode("registration", "confirmPassword", "password.mismatch"));
	}

	@Test
	void nobodyCanRegisterThemselvesIntoAnotherRole() throws Exception {
		String username = "sneaky-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc.perform(registration(username, "Sneaky", "let me be an admin please").param("role", "ADMIN"))
			.andExpect(redirectedUrl("/login"));
		assertThat(this.accounts.findByUsernameIgnoreCase(username).orElseThrow().getRole())
			.isEqualTo(Role.PROFESSIONAL);
	}

	private static MockHttpServletRequestBuilder registration(String username, String name, String password) {
		return post("/register").with(csrf())
			.param("username", username)
			.param("displayName", name)
			.param("password", password)
			.param("confirmPassword", password);
	}

}
