package eu.dhso.core.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.http.Cookie;

import eu.dhso.core.account.AccountLifecycle;
import eu.dhso.core.account.Role;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.core.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** Sign-in through the real filter chain, against the attacks on its throttle. */
@ObservatoryTest
class SignInAttackTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	LoginThrottle throttle;

	@Autowired
	LoginThrottleProperties properties;

	@Autowired
	JdbcClient jdbc;

	@Test
	void twentyParallelGuessesCannotRaceTheThrottleToLetTheRightPasswordIn() throws Exception {
		String owner = TestAccounts.create(this.accounts, Role.TRAINER, null).getUsername();
		String address = "198.51.100.120";
		ExecutorService pool = Executors.newFixedThreadPool(19);
		try {
			List<Future<String>> guesses = new ArrayList<>();
			for (int i = 0; i < 19; i++) {
				String guess = "wrong guess number " + i;
				guesses.add(pool.submit(() -> signIn(owner, guess, address).getRedirectedUrl()));
			}
			// the right password comes last, while the wrong ones are still being checked
			awaitCounted(owner, address, this.properties.maxFailures());
			assertThat(signIn(owner, TestAccounts.PASSWORD, address).getRedirectedUrl()).isEqualTo("/login?throttled");
			List<String> answers = new ArrayList<>();
			for (Future<String> guess : guesses) {
				answers.add(guess.get());
			}
			assertThat(answers).doesNotContain("/");
			assertThat(answers.stream().filter("/login?error"::equals).count()).as("passwords checked")
				.isLessThanOrEqualTo(this.properties.maxFailures());
			assertThat(answers).containsOnly("/login?error", "/login?throttled");
		}
		finally {
			pool.shutdownNow();
		}
	}

	@Test
	void twelveBadPasswordsFromOneAddressDoNotLockTheOwnerOutFromAnother() throws Exception {
		String owner = TestAccounts.create(this.accounts, Role.EDITOR, null).getUsername();
		for (int i = 0; i < 12; i++) {
			signIn(owner, "stranger guess " + i, "198.51.100.130");
		}
		assertThat(signIn(owner, TestAccounts.PASSWORD, "198.51.100.130").getRedirectedUrl())
			.isEqualTo("/login?throttled");
		assertThat(signIn(owner, TestAccounts.PASSWORD, "198.51.100.131").getRedirectedUrl()).isEqualTo("/");
	}

	@Test
	void strangersFromEverywhereDoNotLockTheOwnerOutOnAKnownDevice() throws Exception {
		String owner = TestAccounts.create(this.accounts, Role.PARTNER, null).getUsername();
		MockHttpServletResponse first = signIn(owner, TestAccounts.PASSWORD, "198.51.100.140");
		Cookie device = first.getCookie(KnownDevices.COOKIE);
		assertThat(device).isNotNull();
		assertThat(device.isHttpOnly()).isTrue();
		// guesses from many addresses reach the account's overall limit
		for (int i = 0; i < this.properties.accountMaxFailures(); i++) {
			this.throttle.attempt(owner, "10.40." + (i / 2) + ".9", null);
		}
		assertThat(signIn(owner, TestAccounts.PASSWORD, "198.51.100.141").getRedirectedUrl()).as("a new device waits")
			.isEqualTo("/login?throttled");
		assertThat(this.mvc.perform(login(owner, TestAccounts.PASSWORD, "198.51.100.141").cookie(device))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).as("the known device signs in").isEqualTo("/");
	}

	@Test
	void aKnownDeviceCookieOfAnotherAccountOrForgedCountsForNothing() throws Exception {
		String owner = TestAccounts.create(this.accounts, Role.PARTNER, null).getUsername();
		String other = TestAccounts.create(this.accounts, Role.PARTNER, null).getUsername();
		Cookie othersDevice = signIn(other, TestAccounts.PASSWORD, "198.51.100.150").getCookie(KnownDevices.COOKIE);
		for (int i = 0; i < this.properties.accountMaxFailures(); i++) {
			this.throttle.attempt(owner, "10.50." + (i / 2) + ".9", null);
		}
		for (Cookie cookie : List.of(othersDevice, new Cookie(KnownDevices.COOKIE, "made-up.c2lnbmF0dXJl"))) {
			assertThat(this.mvc.perform(login(owner, TestAccounts.PASSWORD, "198.51.100.151").cookie(cookie))
				.andReturn()
				.getResponse()
				.getRedirectedUrl()).isEqualTo("/login?throttled");
		}
	}

	@Test
	void unknownAndKnownNamesGetTheSameAnswersBeforeAndAfterTheLock() throws Exception {
		String known = TestAccounts.create(this.accounts, Role.EDITOR, null).getUsername();
		String unknown = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		for (String name : List.of(known, unknown)) {
			List<String> answers = new ArrayList<>();
			for (int i = 0; i < 6; i++) {
				answers.add(signIn(name, "guess " + i, "198.51.100.160").getRedirectedUrl());
			}
			assertThat(answers).as(name)
				.containsExactly("/login?error", "/login?error", "/login?error", "/login?error", "/login?error",
						"/login?throttled");
		}
	}

	private MockHttpServletResponse signIn(String username, String password, String address) throws Exception {
		return this.mvc.perform(login(username, password, address)).andReturn().getResponse();
	}

	private static MockHttpServletRequestBuilder login(String username, String password, String address) {
		return post("/login").with(csrf()).with(from(address)).param("username", username).param("password", password);
	}

	private void awaitCounted(String username, String address, int attempts) throws InterruptedException {
		String key = "pair:" + username.toLowerCase(Locale.ROOT) + "|" + address;
		for (int i = 0; i < 200; i++) {
			Integer failures = this.jdbc.sql("select failures from core.login_throttle where throttle_key = ?")
				.param(key)
				.query(Integer.class)
				.optional()
				.orElse(0);
			if (failures >= attempts) {
				return;
			}
			Thread.sleep(25);
		}
	}

	private static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

}
