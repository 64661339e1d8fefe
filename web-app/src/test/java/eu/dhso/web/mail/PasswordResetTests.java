package eu.dhso.web.mail;

import java.util.UUID;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.Role;
import eu.dhso.core.account.RoleApproval;
import eu.dhso.core.account.UserAccount;
import eu.dhso.core.account.UserAccounts;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * "Forgot password" sends a link through SMTP that sets a new password once, before it
 * expires, for its own account only, and never tells whether an address is registered.
 */
class PasswordResetTests extends MailTestSupport {

	private static final String OLD = "the old passphrase of the ward";

	private static final String NEW = "a brand new passphrase for nights";

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	RoleApproval roles;

	@Autowired
	AccountLifecycle lifecycle;

	@Test
	void aForgottenPasswordIsResetThroughAnEmailedLinkInTheAccountsLanguage() throws Exception {
		Person person = register("el");
		requestReset(person.email(), person.clientAddress()).andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("success", "password.forgot.sent"));
		deliver();
		MimeMessage message = onlyMessageTo(person.email());
		assertThat(language(message)).isEqualTo("el");
		assertThat(subject(message)).contains("Παρατηρητήριο");
		assertThat(text(message)).contains(person.username());
		String link = linkPath(message, "/password/reset");
		this.mvc.perform(get(link))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("newPassword")));
		setPassword(link, NEW).andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("success", "password.reset.done"));
		signIn(person.username(), NEW).andExpect(redirectedUrl("/"));
		signIn(person.username(), OLD).andExpect(redirectedUrl("/login?error"));
		assertThat(this.jdbc.sql("""
				select count(*) from core.audit_entry where action = 'account.password.resetByLink'
				and outcome = 'SUCCESS' and actor = ?""").param(person.username()).query(Long.class).single())
			.isEqualTo(1);
	}

	@Test
	void aUsedLinkDoesNotWorkAgain() throws Exception {
		Person person = register("en");
		String link = resetLinkOf(person);
		setPassword(link, NEW).andExpect(redirectedUrl("/login"));
		this.mvc.perform(get(link)).andExpect(content().string(containsString("reset-link-invalid")));
		setPassword(link, "an attacker's own passphrase here").andExpect(status().isOk())
			.andExpect(content().string(containsString("reset-link-invalid")));
		signIn(person.username(), NEW).andExpect(redirectedUrl("/"));
	}

	@Test
	void anExpiredLinkDoesNotWork() throws Exception {
		Person person = register("en");
		String link = resetLinkOf(person);
		this.jdbc.sql("""
				update core.password_reset set expires_at = now() - interval '1 second'
				where account_id = (select id from core.user_account where username = ?)""")
			.param(person.username())
			.update();
		this.mvc.perform(get(link)).andExpect(content().string(containsString("reset-link-invalid")));
		setPassword(link, NEW).andExpect(content().string(containsString("reset-link-invalid")));
		signIn(person.username(), OLD).andExpect(redirectedUrl("/"));
	}

	/**
	 * The link names no account: the account is the one the link was sent to, whoever
	 * opens it and whatever the form adds.
	 */
	@Test
	void aLinkSetsThePasswordOfItsOwnAccountOnly() throws Exception {
		Person owner = register("en");
		Person other = register("en");
		String link = resetLinkOf(owner);
		String token = link.substring(link.indexOf("token=") + 6);
		this.mvc
			.perform(post("/password/reset").with(csrf())
				.param("token", token)
				.param("username", other.username())
				.param("accountId", "1")
				.param("newPassword", NEW)
				.param("confirmPassword", NEW))
			.andExpect(redirectedUrl("/login"));
		signIn(other.username(), OLD).andExpect(redirectedUrl("/"));
		signIn(other.username(), NEW).andExpect(redirectedUrl("/login?error"));
		signIn(owner.username(), NEW).andExpect(redirectedUrl("/"));
		// and a made-up token is refused like a used one
		setPassword("/password/reset?token=" + "A".repeat(43), NEW)
			.andExpect(content().string(containsString("reset-link-invalid")));
	}

	@Test
	void theAnswerForAnUnknownAddressIsTheSameAsForAKnownOne() throws Exception {
		Person person = register("en");
		String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
		MvcResult known = requestReset(person.email(), person.clientAddress()).andReturn();
		MvcResult stranger = requestReset(unknown, person.clientAddress()).andReturn();
		assertThat(stranger.getResponse().getStatus()).isEqualTo(known.getResponse().getStatus());
		assertThat(stranger.getResponse().getRedirectedUrl()).isEqualTo(known.getResponse().getRedirectedUrl());
		assertThat((java.util.Map<String, Object>) stranger.getFlashMap()).isEqualTo(known.getFlashMap());
		deliver();
		assertThat(receivedBy(person.email())).hasSize(1);
		assertThat(receivedBy(unknown)).isEmpty();
	}

	@Test
	void accountsThatCarryRightsAreNotResetByEmail() throws Exception {
		String email = "partner-" + UUID.randomUUID() + "@example.org";
		this.jdbc.sql("update core.user_account set email = ? where username = 'partner'").param(email).update();
		requestReset(email, "10.20.0.1").andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("success", "password.forgot.sent"));
		deliver();
		assertThat(receivedBy(email)).isEmpty();
	}

	/**
	 * A trainer who registered and was approved chose the address: the link reaches them
	 * too. An administrator creating the same role keeps the reset to administrators.
	 */
	@Test
	void aStakeholderWhoRegisteredAndWasApprovedResetsByEmailButNotAnAdminCreatedOne() throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Person trainer = new Person("trainer-" + suffix, "trainer-" + suffix + "@example.org", "10.78.3.4");
		this.mvc
			.perform(post("/register").with(csrf())
				.param("lang", "ro")
				.param("username", trainer.username())
				.param("displayName", "Ioana Formator")
				.param("email", trainer.email())
				.param("password", OLD)
				.param("confirmPassword", OLD)
				.param("kind", "TRAINER")
				.param("organisationName", "Academia " + suffix)
				.param("purpose", "Pilot cohorts in Cluj"))
			.andExpect(redirectedUrl("/login"));
		UserAccount account = this.accounts.findByUsernameIgnoreCase(trainer.username()).orElseThrow();
		Long organisation = this.jdbc.sql("select min(id) from core.organisation").query(Long.class).single();
		this.roles.approve("admin", account.getId(), organisation);
		assertThat(this.accounts.findById(account.getId()).orElseThrow().getRole()).isEqualTo(Role.TRAINER);
		String link = resetLinkOf(trainer);
		assertThat(language(onlyMessageTo(trainer.email()))).isEqualTo("ro");
		setPassword(link, NEW).andExpect(redirectedUrl("/login"));
		signIn(trainer.username(), NEW).andExpect(redirectedUrl("/"));

		// the same role set by an administrator: no link
		String email = "made-" + suffix + "@example.org";
		this.lifecycle.createByAdmin("admin",
				new AccountLifecycle.NewAccount("made-" + suffix, "Made Trainer", email, OLD), Role.TRAINER,
				organisation);
		requestReset(email, "10.78.3.5").andExpect(redirectedUrl("/login"))
			.andExpect(flash().attribute("success", "password.forgot.sent"));
		deliver();
		assertThat(receivedBy(email)).isEmpty();
	}

	@Test
	void resetRequestsAreThrottledLikeSignIns() throws Exception {
		Person person = register("en");
		for (int i = 0; i < 8; i++) {
			requestReset(person.email(), person.clientAddress()).andExpect(redirectedUrl("/login"))
				.andExpect(flash().attribute("success", "password.forgot.sent"));
		}
		deliver();
		assertThat(receivedBy(person.email())).hasSize(5);
	}

	@Test
	void theSignInPageOffersTheForgottenPasswordForm() throws Exception {
		this.mvc.perform(get("/login")).andExpect(content().string(containsString("/password/forgot")));
		this.mvc.perform(get("/password/forgot").param("lang", "it"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Password dimenticata")))
			.andExpect(content().string(not(containsString("??"))));
	}

	private String resetLinkOf(Person person) throws Exception {
		requestReset(person.email(), person.clientAddress()).andExpect(redirectedUrl("/login"));
		deliver();
		return linkPath(onlyMessageTo(person.email()), "/password/reset");
	}

	private Person register(String language) throws Exception {
		String suffix = UUID.randomUUID().toString().substring(0, 8);
		Person person = new Person("reset-" + suffix, "reset-" + suffix + "@example.org",
				"10.77." + (suffix.charAt(0) % 200) + "." + (suffix.charAt(1) % 200));
		this.mvc
			.perform(post("/register").with(csrf())
				.param("lang", language)
				.param("username", person.username())
				.param("displayName", "Reset Tester")
				.param("email", person.email())
				.param("password", OLD)
				.param("confirmPassword", OLD))
			.andExpect(redirectedUrl("/login"));
		return person;
	}

	private org.springframework.test.web.servlet.ResultActions requestReset(String email, String clientAddress)
			throws Exception {
		return this.mvc.perform(post("/password/forgot").with(csrf()).with(from(clientAddress)).param("email", email));
	}

	private org.springframework.test.web.servlet.ResultActions setPassword(String link, String password)
			throws Exception {
		String token = link.substring(link.indexOf("token=") + 6);
		MockHttpServletRequestBuilder request = post("/password/reset").with(csrf())
			.param("token", token)
			.param("newPassword", password)
			.param("confirmPassword", password);
		return this.mvc.perform(request);
	}

	private org.springframework.test.web.servlet.ResultActions signIn(String username, String password)
			throws Exception {
		return this.mvc.perform(post("/login").with(csrf())
			.with(from("10.66.0." + Math.floorMod(username.hashCode(), 200)))
			.param("username", username)
			.param("password", password));
	}

	private static RequestPostProcessor from(String clientAddress) {
		return (request) -> {
			request.setRemoteAddr(clientAddress);
			return request;
		};
	}

	record Person(String username, String email, String clientAddress) {
	}

}
