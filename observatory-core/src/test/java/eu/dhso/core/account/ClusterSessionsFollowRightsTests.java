package eu.dhso.core.account;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.dhso.core.testsupport.TestAccounts;
import eu.dhso.core.testsupport.TestDatabaseConfiguration;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster profile's settings: sessions live in PostgreSQL (Spring Session JDBC), so
 * every node sees them. Ending an account's sessions deletes them there, and a browser
 * holding one is signed out on whichever node it reaches next.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dhso.database.enabled=false", "dhso.demo-data=false", "spring.autoconfigure.exclude=",
				"spring.session.jdbc.initialize-schema=never", "spring.session.jdbc.table-name=SPRING_SESSION" })
@Import(TestDatabaseConfiguration.class)
class ClusterSessionsFollowRightsTests {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@LocalServerPort
	int port;

	@Autowired
	AccountLifecycle accounts;

	@Autowired
	FindByIndexNameSessionRepository<?> sessions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDeactivatedAccountsSessionsAreDeletedForEveryNode() throws Exception {
		UserAccount person = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null);
		Browser laptop = new Browser();
		Browser phone = new Browser();
		laptop.signIn(person.getUsername(), TestAccounts.PASSWORD);
		phone.signIn(person.getUsername(), TestAccounts.PASSWORD);
		assertThat(laptop.get("/account").statusCode()).isEqualTo(200);
		assertThat(phone.get("/account").statusCode()).isEqualTo(200);
		assertThat(this.sessions.findByPrincipalName(person.getUsername())).hasSize(2);

		this.accounts.deactivate("cluster-admin", person.getId());

		assertThat(this.jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(person.getUsername())
			.query(Long.class)
			.single()).isZero();
		HttpResponse<String> page = laptop.get("/account");
		assertThat(page.statusCode()).isEqualTo(302);
		assertThat(page.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).endsWith("/login"));
		HttpResponse<String> post = phone.post("/account/password",
				"_csrf=" + phone.lastToken + "&currentPassword=x&newPassword=y&confirmPassword=y");
		assertThat(post.statusCode()).isEqualTo(302);
		assertThat(post.headers().firstValue("Location")).hasValueSatisfying((l) -> assertThat(l).contains("/login"));
	}

	@Test
	void changingOnesOwnPasswordKeepsThisSessionAndEndsTheOthers() throws Exception {
		UserAccount person = TestAccounts.create(this.accounts, Role.PROFESSIONAL, null);
		Browser here = new Browser();
		Browser elsewhere = new Browser();
		here.signIn(person.getUsername(), TestAccounts.PASSWORD);
		elsewhere.signIn(person.getUsername(), TestAccounts.PASSWORD);
		String token = here.token("/account");
		HttpResponse<String> changed = here.post("/account/password",
				"_csrf=" + token + "&currentPassword=" + encode(TestAccounts.PASSWORD) + "&newPassword="
						+ encode("a new phrase for the cluster") + "&confirmPassword="
						+ encode("a new phrase for the cluster"));
		assertThat(changed.headers().firstValue("Location"))
			.hasValueSatisfying((l) -> assertThat(l).endsWith("/account"));
		assertThat(here.get("/account").statusCode()).isEqualTo(200);
		assertThat(elsewhere.get("/account").statusCode()).isEqualTo(302);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	/** One browser: its own cookies. */
	final class Browser {

		final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

		String lastToken;

		void signIn(String username, String password) throws IOException, InterruptedException {
			String token = token("/login");
			HttpResponse<String> response = post("/login",
					"username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + token);
			assertThat(response.headers().firstValue("Location"))
				.hasValueSatisfying((l) -> assertThat(l).endsWith("/"));
			this.lastToken = token("/account");
		}

		String token(String path) throws IOException, InterruptedException {
			Matcher matcher = CSRF.matcher(get(path).body());
			assertThat(matcher.find()).as("a form with a CSRF token on " + path).isTrue();
			return matcher.group(1);
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		}

		HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
			return this.client.send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept", "text/html")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + ClusterSessionsFollowRightsTests.this.port + path);
		}

	}

}
