package eu.dhso.core.account;

import java.util.UUID;

import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Names cannot hide characters that disguise them, and have one spelling. */
@ObservatoryTest
class PersonNamesTests {

	static final String MESSAGE = "Please remove the control or text-direction characters";

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	UserAccounts users;

	@ParameterizedTest
	@ValueSource(strings = { "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
			"\u200E", "\u200F", "\u061C", "\u0000", "\u0007", "\n", "\t", "\u007F", "\u0085", "\u2028" })
	void everyControlAndDirectionCharacterIsHidden(String character) {
		assertThat(PersonNames.hasHiddenCharacters("Anna" + character + "Rossi")).isTrue();
	}

	@Test
	void ordinaryNamesInEveryScriptAreFine() {
		for (String name : new String[] { "Ιωάννα Παπαδοπούλου", "Žemaitė Ąžuolaitė", "Ștefan Țăranu",
				"نرگس\u200Cرضایی", "Jean-Luc O'Neil" }) {
			assertThat(PersonNames.hasHiddenCharacters(name)).as(name).isFalse();
		}
	}

	@Test
	void aRightToLeftOverrideInARegisteredNameIsRefusedNextToTheField() throws Exception {
		String username = "rlo-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/register").with(csrf())
				.param("username", username)
				.param("displayName", "Admin \u202Enimda")
				.param("password", "a harbour light at midnight")
				.param("confirmPassword", "a harbour light at midnight"))
			.andExpect(status().isOk())
			.andExpect(
					model().attributeHasFieldErrorCode("registration", "displayName", "account.name.hiddenCharacters"))
			.andExpect(content().string(containsString(MESSAGE)));
		assertThat(this.users.existsByUsernameIgnoreCase(username)).isFalse();
	}

	@Test
	void aControlCharacterInANameAnAdministratorTypesIsRefusedToo() throws Exception {
		ObservatoryUser admin = new ObservatoryUser(TestAccounts.create(this.accounts, Role.ADMIN, null));
		String username = "bell-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/admin/users").with(user(admin))
				.with(csrf())
				.param("username", username)
				.param("displayName", "Ring\u0007 Bell")
				.param("role", "EDITOR")
				.param("password", "a long and quiet passphrase")
				.param("confirmPassword", "a long and quiet passphrase"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("newUser", "displayName", "account.name.hiddenCharacters"));
		assertThat(this.users.existsByUsernameIgnoreCase(username)).isFalse();
	}

	@Test
	void aUsernameWithADirectionCharacterIsRefusedNextToTheField() throws Exception {
		this.mvc
			.perform(post("/register").with(csrf())
				.param("username", "admin\u202E")
				.param("displayName", "Someone")
				.param("password", "a harbour light at midnight")
				.param("confirmPassword", "a harbour light at midnight"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrors("registration", "username"));
		assertThat(this.users.existsByUsernameIgnoreCase("admin\u202E")).isFalse();
	}

	@Test
	void namesAreStoredInOneSpellingNfc() throws Exception {
		String username = "nfc-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/register").with(csrf())
				.param("username", username)
				.param("displayName", "Zoe\u0308 Mu\u0308ller")
				.param("password", "a harbour light at midnight")
				.param("confirmPassword", "a harbour light at midnight"))
			.andExpect(redirectedUrl("/login"));
		assertThat(this.users.findByUsernameIgnoreCase(username).orElseThrow().getDisplayName())
			.isEqualTo("Zo\u00EB M\u00FCller");
	}

	@Test
	void theAccountServiceRefusesHiddenCharactersWhateverCallsIt() {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> this.accounts
				.register(new AccountLifecycle.NewAccount("svc-" + UUID.randomUUID().toString().substring(0, 8),
						"Eve\u202E", null, "a harbour light at midnight")));
	}

}
