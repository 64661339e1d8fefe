package eu.dhso.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

import eu.dhso.ObservatoryApplication;
import eu.dhso.core.testsupport.SharedTestDatabase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster profile's forwarded-header settings on a real server: only a connection
 * from the trusted proxy network ({@code dhso.trusted-proxies}, here 127.0.0.2) may say
 * who the client is and that it came over HTTPS. From any other address (127.0.0.1)
 * {@code X-Forwarded-*} are ignored, so nobody picks the address the login throttle and
 * the audit log see. Redirects are relative and absolute links use
 * {@code dhso.public-url}, so no forwarded host ever appears in an answer.
 */
class ForwardedHeaderTests {

	static final String EVIL = "evil.example";

	static final String PROXY = "127.0.0.2";

	static final String STRANGER = "127.0.0.1";

	static ConfigurableApplicationContext app;

	static int port;

	@BeforeAll
	static void start() {
		app = new SpringApplicationBuilder(ObservatoryApplication.class).profiles("cluster")
			// Command-line arguments: they outrank application.yml and the cluster
			// profile's file.
			.run("--spring.datasource.url=" + SharedTestDatabase.embedded().jdbcUrl(),
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--dhso.database.enabled=false", "--dhso.demo-data=true", "--server.port=0",
					"--dhso.trusted-proxies=127.0.0.2/32");
		port = ((WebServerApplicationContext) app).getWebServer().getPort();
	}

	@AfterAll
	static void stop() {
		if (app != null) {
			app.close();
		}
	}

	@Test
	void aClientOutsideTheProxyNetworkCannotChooseTheAddressTheThrottleAndAuditSee() throws Exception {
		Answer signedIn = signIn(STRANGER, "203.0.113.9");
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(lastSignInAddress()).isEqualTo("127.0.0.1");
		// HSTS is sent only over (what the server takes for) HTTPS
		assertThat(send(STRANGER, "GET", "/login", forged("203.0.113.9"), null).header("Strict-Transport-Security"))
			.as("a claimed https is not believed")
			.isNull();
	}

	@Test
	void theTrustedProxyNamesTheClientAndItsHttps() throws Exception {
		Answer signedIn = signIn(PROXY, "203.0.113.10");
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(lastSignInAddress()).isEqualTo("203.0.113.10");
		assertThat(send(PROXY, "GET", "/login", forged("203.0.113.10"), null).header("Strict-Transport-Security"))
			.as("the proxy's https is believed")
			.isNotNull();
	}

	@Test
	void aForwardedHostNeverTurnsARedirectOrALinkToAnotherSite() throws Exception {
		List<String> leaks = new ArrayList<>();
		for (String from : List.of(STRANGER, PROXY)) {
			for (String path : List.of("/account", "/cases/my", "/lab/my")) {
				Answer answer = send(from, "GET", path, forged("203.0.113.11"), null);
				assertThat(answer.status()).as("GET %s from %s", path, from).isEqualTo(302);
				String location = answer.header("Location");
				if (location == null || location.contains(EVIL) || location.startsWith("https:")) {
					leaks.add("GET %s from %s -> %s".formatted(path, from, location));
				}
			}
			for (String path : List.of("/events/calendar.ics", "/observatory/reports/feed.atom", "/login")) {
				Answer answer = send(from, "GET", path, forged("203.0.113.11"), null);
				if (answer.raw().contains(EVIL)) {
					leaks.add("GET %s from %s repeats the forged host".formatted(path, from));
				}
			}
		}
		assertThat(leaks).isEmpty();
	}

	/** Signs in as the demo trainer through forged headers claiming {@code client}. */
	private static Answer signIn(String from, String client) throws IOException {
		Answer form = send(from, "GET", "/login", forged(client), null);
		String session = form.cookie().split(";", 2)[0];
		assertThat(session).as("a session cookie").isNotEmpty();
		Matcher token = RealServerTests.CSRF.matcher(form.body());
		assertThat(token.find()).isTrue();
		Map<String, String> headers = forged(client);
		headers.put("Cookie", session);
		headers.put("Content-Type", "application/x-www-form-urlencoded");
		String body = "username=trainer&password="
				+ URLEncoder.encode(DemoAccount.ALL.get(3).password(), StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
		Answer answer = send(from, "POST", "/login", headers, body);
		String location = answer.header("Location");
		assertThat(location).as("after signing in").isNotNull().doesNotContain(EVIL).doesNotStartWith("https:");
		return answer;
	}

	private static String lastSignInAddress() {
		return app.getBean(JdbcClient.class)
			.sql("""
					select client_address from core.audit_entry
					where actor = 'trainer' and action = 'signin' and outcome = 'SUCCESS' order by id desc limit 1""")
			.query(String.class)
			.single();
	}

	private static Map<String, String> forged(String client) {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Host", EVIL);
		headers.put("X-Forwarded-For", client);
		headers.put("X-Forwarded-Host", EVIL);
		headers.put("X-Forwarded-Proto", "https");
		headers.put("X-Forwarded-Port", "443");
		headers.put("Forwarded", "for=" + client + ";host=" + EVIL + ";proto=https");
		return headers;
	}

	/**
	 * One HTTP/1.0 exchange over a socket bound to {@code from}, so the server sees the
	 * connection come from that loopback address.
	 */
	private static Answer send(String from, String method, String path, Map<String, String> headers, String body)
			throws IOException {
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(from, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
			socket.setSoTimeout(20000);
			StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\n");
			headers.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
			byte[] content = (body != null) ? body.getBytes(StandardCharsets.UTF_8) : new byte[0];
			if (body != null) {
				request.append("Content-Length: ").append(content.length).append("\r\n");
			}
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.UTF_8));
			out.write(content);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			String raw = answer.toString(StandardCharsets.UTF_8);
			int status = Integer.parseInt(raw.substring(9, 12));
			return new Answer(status, raw);
		}
	}

	/** A raw answer: status line, headers, blank line, body. */
	record Answer(int status, String raw) {

		String head() {
			int end = this.raw.indexOf("\r\n\r\n");
			return (end < 0) ? this.raw : this.raw.substring(0, end);
		}

		String body() {
			int end = this.raw.indexOf("\r\n\r\n");
			return (end < 0) ? "" : this.raw.substring(end + 4);
		}

		String header(String name) {
			for (String line : head().split("\r\n")) {
				int colon = line.indexOf(':');
				if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
					return line.substring(colon + 1).strip();
				}
			}
			return null;
		}

		/** The session cookie as set, attributes included ("" when none was set). */
		String cookie() {
			for (String line : head().split("\r\n")) {
				if (line.regionMatches(true, 0, "Set-Cookie:", 0, 11)
						&& (line.contains("SESSION=") || line.contains("JSESSIONID="))) {
					return line.substring(11).strip();
				}
			}
			return "";
		}

	}

}
