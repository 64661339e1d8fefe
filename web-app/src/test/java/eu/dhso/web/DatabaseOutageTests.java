package eu.dhso.web;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import eu.dhso.ObservatoryApplication;
import eu.dhso.core.database.EmbeddedPostgresServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL goes away and comes back while the application runs: pages answer with the
 * friendly 503 page, health turns DOWN, and everything recovers without a restart.
 */
class DatabaseOutageTests {

	@TempDir
	Path directory;

	final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	@Test
	void pagesAnswer503WhileTheDatabaseIsDownAndRecoverWhenItReturns() throws Exception {
		Path data = this.directory.resolve("postgres");
		int port = freePort();
		EmbeddedPostgresServer database = EmbeddedPostgresServer.start(data, port);
		try (ConfigurableApplicationContext app = new SpringApplicationBuilder(ObservatoryApplication.class)
			// Arguments, not default properties: application.yml's fixed port would win
			// over those.
			.run("--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--server.port=0")) {
			int appPort = ((WebServerApplicationContext) app).getWebServer().getPort();
			assertThat(get(appPort, "/").statusCode()).isEqualTo(200);

			database.close();
			long started = System.nanoTime();
			HttpResponse<String> down = get(appPort, "/");
			assertThat(down.statusCode()).isEqualTo(503);
			assertThat(down.body()).contains("Temporarily unavailable").contains("class=\"site-header\"");
			assertThat(get(appPort, "/actuator/health").statusCode()).isEqualTo(503);
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(30));

			database = EmbeddedPostgresServer.start(data, port);
			assertThat(get(appPort, "/").statusCode()).isEqualTo(200);
			assertThat(get(appPort, "/actuator/health").statusCode()).isEqualTo(200);
		}
		finally {
			database.close();
		}
	}

	private HttpResponse<String> get(int port, String path) throws Exception {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", path.startsWith("/actuator") ? "application/json" : "text/html")
			.timeout(Duration.ofSeconds(40))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
