package eu.dhso.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
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

	@Test
	void theSessionCookieIsSameSiteLaxAndHttpOnly() throws Exception {
		HttpResponse<String> login = get("/login");
		String setCookie = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("JSESSIONID="))
			.findFirst()
			.orElseThrow();
		assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
	}

	@Test
	void traceIsRefused() throws Exception {
		HttpResponse<String> response = this.client.send(
				HttpRequest.newBuilder(uri("/")).method("TRACE", HttpRequest.BodyPublishers.noBody()).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(405);
		assertThat(response.body()).doesNotContain("X-Padding");
	}

	@Test
	void anOverlongQueryStringIsRefused() throws Exception {
		HttpResponse<String> response = get("/cases?q=" + "a".repeat(20_000));
		assertThat(response.statusCode()).isIn(400, 414);
	}

	@Test
	void anOversizedFormIsRefusedBeforeItReachesTheApplication() throws Exception {
		String token = csrf(get("/register").body());
		HttpResponse<String> response = post("/register",
				"_csrf=" + token + "&username=big&displayName=" + "a".repeat(1_500_000));
		assertThat(response.statusCode()).isIn(400, 403, 413);
		assertThat(response.body()).doesNotContain("Exception").doesNotContain("at org.");
	}

	@Test
	void badRequestsAndWrongMethodsGetTheGenericErrorPage() throws Exception {
		for (HttpResponse<String> response : List.of(get("/cases?page=not-a-number"), get("/cases/review?page=x"),
				this.client.send(HttpRequest.newBuilder(uri("/")).DELETE().header("Accept", "text/html").build(),
						HttpResponse.BodyHandlers.ofString()))) {
			assertThat(response.statusCode()).isIn(302, 400, 403, 405);
			assertThat(response.body()).doesNotContain("Exception")
				.doesNotContain("at org.")
				.doesNotContain("java.")
				.doesNotContain("NumberFormat");
		}
	}

	@Test
	void greekLithuanianAndRomanianTextSurvivesTheRoundTrip() throws Exception {
		String name = "Ελένη Παπαδοπούλου · Žemaitė Ąžuolaitė · Ștefan Țăranu";
		String username = "utf8-" + UUID.randomUUID().toString().substring(0, 8);
		String token = csrf(get("/register").body());
		HttpResponse<String> registered = post("/register",
				"_csrf=" + token + "&username=" + username + "&displayName=" + encode(name) + "&email=" + username
						+ "%40example.org&password=" + encode("ένα ήσυχο λιμάνι") + "&confirmPassword="
						+ encode("ένα ήσυχο λιμάνι"));
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(302);
		HttpResponse<String> signedIn = signIn(username, "ένα ήσυχο λιμάνι");
		assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
		HttpResponse<String> account = get("/account");
		assertThat(account.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).containsIgnoringCase("charset=UTF-8"));
		assertThat(account.body()).contains(name);
		assertThat(get("/cases?q=" + encode("Ţară ąžuolas ψηφιακή")).body()).contains("Ţară ąžuolas ψηφιακή");
	}

	private HttpResponse<String> signIn(String username, String password) throws IOException, InterruptedException {
		String token = csrf(get("/login").body());
		return post("/login", "username=" + username + "&password=" + encode(password) + "&_csrf=" + token);
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

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
