package eu.dhso.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import eu.dhso.ObservatoryApplication;
import eu.dhso.core.security.AccessRules;
import eu.dhso.core.testsupport.SharedTestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The application as started in production, with the settings of the proxied cluster
 * mode: in-flight requests finish during a graceful shutdown, and behind an HTTPS proxy
 * the session cookie is {@code Secure}.
 */
class StandaloneServerTests {

	static final CountDownLatch REQUEST_STARTED = new CountDownLatch(1);

	final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void anInFlightRequestCompletesDuringAGracefulShutdownAndTheSessionCookieIsSecureBehindHttps() throws Exception {
		ConfigurableApplicationContext app = new SpringApplicationBuilder(ObservatoryApplication.class, SlowPage.class)
			// Command-line arguments: they outrank application.yml, whose port is fixed.
			.run("--spring.datasource.url=" + SharedTestDatabase.embedded().jdbcUrl(),
					"--spring.datasource.username=postgres", "--spring.datasource.password=",
					"--dhso.database.enabled=false", "--dhso.demo-data=false", "--server.port=0",
					"--server.forward-headers-strategy=native", "--dhso.trusted-proxies=127.0.0.1/32");
		int port = ((WebServerApplicationContext) app).getWebServer().getPort();
		try {
			HttpResponse<String> proxied = this.client.send(HttpRequest.newBuilder(uri(port, "/login"))
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-For", "203.0.113.9")
				.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(proxied.headers().allValues("Set-Cookie"))
				.anySatisfy((cookie) -> assertThat(cookie).startsWith("JSESSIONID=")
					.containsIgnoringCase("Secure")
					.containsIgnoringCase("HttpOnly"));
			HttpResponse<String> direct = this.client.send(HttpRequest.newBuilder(uri(port, "/login")).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(direct.headers().allValues("Set-Cookie"))
				.allSatisfy((cookie) -> assertThat(cookie).doesNotContainIgnoringCase("Secure"));

			CompletableFuture<HttpResponse<String>> inFlight = this.client.sendAsync(
					HttpRequest.newBuilder(uri(port, "/test/slow")).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(REQUEST_STARTED.await(30, TimeUnit.SECONDS)).as("the slow request reached its page").isTrue();
			CompletableFuture<Void> shutdown = CompletableFuture.runAsync(app::close);
			HttpResponse<String> finished = inFlight.get(30, TimeUnit.SECONDS);
			assertThat(finished.statusCode()).isEqualTo(200);
			assertThat(finished.body()).isEqualTo("finished");
			shutdown.get(30, TimeUnit.SECONDS);
		}
		finally {
			app.close();
		}
	}

	private static URI uri(int port, String path) {
		return URI.create("http://localhost:" + port + path);
	}

	/** A page that takes a while, standing for a long save. */
	@Configuration(proxyBeanMethods = false)
	static class SlowPage {

		@Bean
		AccessRules slowPageAccess() {
			return (rules) -> rules.requestMatchers(HttpMethod.GET, "/test/slow").permitAll();
		}

		@Bean
		SlowController slowController() {
			return new SlowController();
		}

	}

	@RestController
	static class SlowController {

		@GetMapping("/test/slow")
		String slow() throws InterruptedException {
			REQUEST_STARTED.countDown();
			Thread.sleep(3000);
			return "finished";
		}

	}

}
