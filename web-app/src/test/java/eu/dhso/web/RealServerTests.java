package eu.dhso.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.dhso.core.testsupport.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What only a real servlet container shows: error dispatch, session cookies, request
 * limits.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dhso.database.enabled=false", "dhso.demo-data=true" })
@Import(TestDatabaseConfiguration.class)
class RealServerTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	final CookieManager cookies = new CookieManager();

	final HttpClient client = HttpClient.newBuilder().cookieHandler(this.cookies).build();

	@Test
	void errorPagesAreRenderedInTheLayoutWithoutAStackTrace() throws Exception {
		HttpResponse<String> notFound = get("/no-such-page?lang=en");
		signIn("editor", DemoAccount.ALL.get(1).password());
		HttpResponse<String> signedInNotFound = get("/no-such-page");
		assertThat(signedInNotFound.statusCode()).isEqualTo(404);
		assertThat(signedInNotFound.body()).contains("Page not found")
			.contains("class=\"site-header\"")
			.doesNotContain("Exception")
			.doesNotContain("at org.");
		HttpResponse<String> forbidden = get("/admin/users");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(forbidden.body()).contains("Access denied").contains("class=\"site-header\"");
		assertThat(notFound.statusCode()).as("anonymous visitors are asked to sign in first").isEqualTo(302);
	}

	@Test
	void signingInChangesTheSessionCookieAndSigningOutEndsTheSession() throws Exception {
		get("/login");
		String anonymousSession = sessionId();
		assertThat(anonymousSession).isNotNull();
		HttpResponse<String> signIn = signIn("professional", DemoAccount.ALL.get(4).password());
		assertThat(signIn.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
		String signedInSession = sessionId();
		assertThat(signedInSession).isNotEqualTo(anonymousSession);
		assertThat(get("/account").statusCode()).isEqualTo(200);
		HttpCookie cookie = this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("JSESSIONID"))
			.findFirst()
			.orElseThrow();
		assertThat(cookie.isHttpOnly()).isTrue();

		String token = csrf(get("/account").body());
		HttpResponse<String> signOut = post("/logout", "_csrf=" + token);
		assertThat(signOut.statusCode()).isEqualTo(302);
		assertThat(get("/account").statusCode()).as("the old session no longer signs in").isEqualTo(302);
	}

	@Test
	void overlongRequestHeadersAreRefused() throws Exception {
		HttpResponse<String> response = this.client.send(
				HttpRequest.newBuilder(uri("/")).header("X-Padding", "x".repeat(20_000)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(400);
	}

	private HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		String token = csrf(get("/login").body());
		return post("/login", "username=" + username + "&password=" + password.replace(" ", "+") + "&_csrf=" + token);
	}

	private String sessionId() {
		return this.cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter((c) -> c.getName().equals("JSESSIONID"))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	private static String csrf(String body) {
		Matcher matcher = CSRF.matcher(body);
		assertThat(matcher.find()).as("page has a CSRF token").isTrue();
		return matcher.group(1);
	}

	private HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(uri(path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
