package eu.dhso.web;

import java.util.List;
import java.util.UUID;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * OWASP ASVS checks through the real filter chain that {@link SecurityTests} and
 * {@link AccessMatrixTests} leave out: private caching, stored scripts, password policy,
 * hostile search input, redirects after sign-in, files that must never be served.
 */
@ObservatoryTest
class SecurityHardeningTests {

	static final String SCRIPT = "<script>alert('dhso')</script>";

	static final String SQL = "' OR 1=1; DROP TABLE core.user_account; --";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Test
	void privatePagesAreNeverStoredByBrowsersOrProxies() throws Exception {
		for (String[] visit : new String[][] { { "partner", "/account" }, { "partner", "/cases/my" },
				{ "editor", "/cases/review" }, { "admin", "/admin/users" }, { "professional", "/skills/assessments" },
				{ "trainer", "/skills/map" } }) {
			MockHttpServletResponse response = this.mvc.perform(get(visit[1]).with(demo(visit[0])))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(visit[1]).isEqualTo(200);
			assertThat(response.getHeader("Cache-Control")).as(visit[1]).contains("no-store");
		}
	}

	@Test
	void aScriptInTheRegistrationFormIsShownAsTextToTheAdministrator() throws Exception {
		String username = "xss-" + UUID.randomUUID().toString().substring(0, 8);
		this.mvc
			.perform(post("/register").with(csrf())
				.param("username", username)
				.param("displayName", SCRIPT)
				.param("email", username + "@example.org")
				.param("password", "a quiet harbour at dusk")
				.param("confirmPassword", "a quiet harbour at dusk"))
			.andReturn();
		String users = body(get("/admin/users").param("q", username).with(demo("admin")));
		assertThat(users).contains(username).contains("&lt;script&gt;").doesNotContain(SCRIPT);
		String signedIn = body(get("/account")
			.with(user(new ObservatoryUser(this.accounts.findByUsernameIgnoreCase(username).orElseThrow()))));
		assertThat(signedIn).contains("&lt;script&gt;").doesNotContain(SCRIPT);
	}

	@Test
	void aScriptTypedIntoARefusedFormComesBackAsText() throws Exception {
		String page = body(post("/register").with(csrf())
			.param("username", "<b>bad name</b>")
			.param("displayName", SCRIPT)
			.param("email", "\"><img src=x onerror=alert(1)>"));
		assertThat(page).doesNotContain(SCRIPT).doesNotContain("<img src=x").contains("&lt;script&gt;");
	}

	@Test
	void aScriptInACaseTitleIsShownAsTextToItsPartner() throws Exception {
		MockHttpServletResponse created = this.mvc
			.perform(post("/cases/my").with(demo("partner"))
				.with(csrf())
				.param("title", "Remote monitoring " + SCRIPT)
				.param("summary", "Summary " + SCRIPT)
				.param("technologies", "TELEHEALTH")
				.param("professions", "NURSE")
				.param("careSetting", "HOME_CARE")
				.param("periodStart", "2024-02-01")
				.param("stage", "PILOT"))
			.andReturn()
			.getResponse();
		assertThat(created.getStatus()).as("draft saved").isEqualTo(302);
		String caseUrl = created.getRedirectedUrl().replaceAll("/edit/.*", "");
		for (String page : List.of(caseUrl, "/cases/my")) {
			assertThat(body(get(page).with(demo("partner")))).as(page)
				.contains("Remote monitoring &lt;script&gt;")
				.doesNotContain(SCRIPT);
		}
	}

	@ParameterizedTest
	@CsvSource({ "short pass,The password must have at least 12 characters.",
			"password123456,This password is too common; please choose one that is harder to guess." })
	void registrationRefusesAPasswordThatBreaksThePolicy(String password, String message) throws Exception {
		String username = "weak-" + UUID.randomUUID().toString().substring(0, 8);
		String page = body(post("/register").with(csrf())
			.param("username", username)
			.param("displayName", "Weak Password")
			.param("password", password)
			.param("confirmPassword", password));
		assertThat(page).contains(message);
		assertThat(this.accounts.findByUsernameIgnoreCase(username)).isEmpty();
	}

	@Test
	void registrationRefusesAPasswordThatContainsTheUsername() throws Exception {
		String username = "named-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "my name is " + username;
		assertThat(body(post("/register").with(csrf())
			.param("username", username)
			.param("displayName", "Named")
			.param("password", password)
			.param("confirmPassword", password))).contains("The password must not contain your username.");
		assertThat(this.accounts.findByUsernameIgnoreCase(username)).isEmpty();
	}

	@Test
	void sqlLookingInputInEverySearchGivesAnOrdinaryPage() throws Exception {
		for (String[] search : new String[][] { { "anonymous", "/cases", "q" }, { "anonymous", "/cases", "technology" },
				{ "anonymous", "/cases", "profession" }, { "anonymous", "/cases", "sort" },
				{ "anonymous", "/skills/compare", "p" }, { "anonymous", "/skills/map/public", "careSetting" },
				{ "admin", "/admin/users", "q" }, { "admin", "/admin/users", "sort" },
				{ "admin", "/admin/audit", "actor" }, { "admin", "/admin/audit", "action" },
				{ "admin", "/admin/audit", "outcome" }, { "trainer", "/skills/map", "country" } }) {
			var request = get(search[1]).param(search[2], SQL);
			if (!search[0].equals("anonymous")) {
				request.with(demo(search[0]));
			}
			MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
			assertThat(response.getStatus()).as("%s?%s=…", search[1], search[2]).isEqualTo(200);
		}
		assertThat(this.accounts.findByUsernameIgnoreCase("admin")).isPresent();
	}

	@Test
	void sqlLookingInputInTheLibrarysCountryFilterGivesAnOrdinaryPage() throws Exception {
		assertThat(this.mvc.perform(get("/cases").param("country", SQL)).andReturn().getResponse().getStatus())
			.isEqualTo(200);
	}

	@Test
	void signingInNeverRedirectsToAnotherSite() throws Exception {
		for (String parameter : List.of("continue", "redirect", "redirect_uri", "next", "returnTo")) {
			this.mvc.perform(get("/login").param(parameter, "https://evil.example/phish")).andReturn();
			MockHttpServletResponse response = this.mvc.perform(post("/login").with(csrf()).with((request) -> {
				request.setRemoteAddr("198.51.100.70");
				return request;
			})
				.header("Referer", "https://evil.example/")
				.param(parameter, "https://evil.example/phish")
				.param("username", "professional")
				.param("password", "skills-compass-58")).andReturn().getResponse();
			assertThat(response.getStatus()).isEqualTo(302);
			assertThat(response.getRedirectedUrl()).as(parameter).startsWith("/").doesNotStartWith("//");
		}
	}

	@Test
	void theSignInPageNeverRedirectsToAnotherSite() throws Exception {
		MockHttpServletResponse response = this.mvc.perform(get("/login").param("continue", "https://evil.example"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentAsString()).doesNotContain("evil.example");
	}

	@Test
	void theRequestSavedBeforeSignInNeverLeadsToAnotherSite() throws Exception {
		// a page asked for under another host name (a forged Host header), then signing
		// in
		MockHttpSession session = new MockHttpSession();
		MockHttpServletResponse asked = this.mvc.perform(get("http://evil.example/account").session(session))
			.andReturn()
			.getResponse();
		assertThat(asked.getStatus()).isEqualTo(302);
		MockHttpServletResponse signedIn = this.mvc.perform(post("/login").session(session).with(csrf()).with((r) -> {
			r.setRemoteAddr("198.51.100.71");
			return r;
		}).param("username", "professional").param("password", "skills-compass-58")).andReturn().getResponse();
		assertThat(signedIn.getStatus()).isEqualTo(302);
		assertThat(signedIn.getRedirectedUrl()).startsWith("/account").doesNotContain("evil.example");

		// paths that a browser would read as another site are refused before anything is
		// saved
		for (String path : List.of("//evil.example/account", "/\\evil.example/account", "/%2F%2Fevil.example")) {
			MockHttpServletResponse response = this.mvc.perform(get(java.net.URI.create(path.replace("\\", "%5C"))))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(path).isIn(302, 400, 404);
			assertThat(String.valueOf(response.getRedirectedUrl())).as(path).doesNotContain("evil.example");
		}
	}

	@Test
	void repositoryAndBuildFilesAreNeverServed() throws Exception {
		for (String path : List.of("/.git/config", "/.git/HEAD", "/.env", "/application.yml", "/pom.xml",
				"/WEB-INF/web.xml", "/META-INF/MANIFEST.MF", "/core/../application.yml")) {
			MockHttpServletResponse signedIn = this.mvc.perform(get(path).with(demo("admin")))
				.andReturn()
				.getResponse();
			assertThat(signedIn.getStatus()).as(path).isIn(400, 404);
			MockHttpServletResponse anonymous = this.mvc.perform(get(path)).andReturn().getResponse();
			assertThat(anonymous.getStatus()).as(path).isNotEqualTo(200);
			assertThat(anonymous.getContentAsString()).as(path).doesNotContain("[core]").doesNotContain("spring:");
		}
	}

	@Test
	void everyActuatorEndpointButHealthIsClosedToEveryone() throws Exception {
		for (String endpoint : List.of("/actuator", "/actuator/info", "/actuator/metrics", "/actuator/loggers",
				"/actuator/mappings", "/actuator/threaddump", "/actuator/prometheus", "/actuator/sessions",
				"/actuator/shutdown")) {
			assertThat(this.mvc.perform(get(endpoint).with(demo("admin"))).andReturn().getResponse().getStatus())
				.as(endpoint)
				.isEqualTo(404);
			assertThat(this.mvc.perform(post(endpoint).with(demo("admin")).with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus()).as("POST " + endpoint).isIn(404, 405);
		}
		assertThat(body(get("/actuator/health"))).doesNotContain("components").doesNotContain("postgres");
	}

	private String body(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		return response.getContentAsString();
	}

	private RequestPostProcessor demo(String username) {
		return user(new ObservatoryUser(this.accounts.findByUsernameIgnoreCase(username).orElseThrow()));
	}

}
