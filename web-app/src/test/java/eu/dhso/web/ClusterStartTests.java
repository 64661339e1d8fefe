package eu.dhso.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import eu.dhso.ObservatoryApplication;
import eu.dhso.core.testsupport.SharedTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: two nodes started at once on an empty database, and one crashed on
 * {@code duplicate key … organisation_name_unique} while loading the demo data. Here two
 * application contexts (cluster profile, demo data on) start at the same moment on a
 * fresh database of the test JVM's PostgreSQL, connected as the least-privilege role the
 * compose set-up creates (deploy/postgres), so its grants are shown to suffice too.
 */
class ClusterStartTests {

	@Test
	@Timeout(value = 170, unit = TimeUnit.SECONDS)
	void twoNodesStartingTogetherOnAnEmptyDatabaseBothStartAndLoadTheDemoDataOnce() throws Exception {
		int port = SharedTestDatabase.embedded().port();
		String database = "dhso_cluster_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		String role = database + "_app";
		execute(port, "postgres", "create database " + database);
		// the nodes connect as the least-privilege role docker-compose.yml's database
		// gets
		execute(port, database, applicationRole(database, role));
		String url = "jdbc:postgresql://localhost:" + port + "/" + database;
		// command-line arguments win over application.yml (e.g. its server.port)
		String[] arguments = { "--spring.datasource.url=" + url, "--spring.datasource.username=" + role,
				"--spring.datasource.password=" + role, "--dhso.database.enabled=false", "--dhso.demo-data=true",
				"--server.port=0", "--spring.profiles.active=cluster",
				"--spring.datasource.hikari.maximum-pool-size=4" };
		CyclicBarrier together = new CyclicBarrier(2);
		ExecutorService nodes = Executors.newFixedThreadPool(2);
		List<CompletableFuture<ConfigurableApplicationContext>> starts = new ArrayList<>();
		List<ConfigurableApplicationContext> started = new ArrayList<>();
		try {
			for (int i = 0; i < 2; i++) {
				starts.add(CompletableFuture.supplyAsync(() -> {
					try {
						together.await();
					}
					catch (Exception ex) {
						throw new IllegalStateException(ex);
					}
					return node().run(arguments);
				}, nodes));
			}
			for (CompletableFuture<ConfigurableApplicationContext> start : starts) {
				started.add(start.get(Duration.ofSeconds(160).toSeconds(), TimeUnit.SECONDS));
			}
			assertThat(started).hasSize(2).allSatisfy((context) -> assertThat(context.isActive()).isTrue());

			JdbcClient jdbc = started.get(0).getBean(JdbcClient.class);
			for (DemoData.DemoOrganisation organisation : DemoData.ORGANISATIONS) {
				assertThat(count(jdbc, "select count(*) from core.organisation where name = ?", organisation.name()))
					.as(organisation.name())
					.isEqualTo(1);
			}
			for (DemoAccount account : DemoAccount.ALL) {
				assertThat(count(jdbc, "select count(*) from core.user_account where lower(username) = lower(?)",
						account.username()))
					.as(account.username())
					.isEqualTo(1);
			}
			assertThat(count(jdbc, "select count(*) from cases.interview_case")).isPositive();
			assertThat(jdbc.sql("""
					select title from cases.interview_case group by organisation_id, title having count(*) > 1
					union all select title from lab.scheme group by title having count(*) > 1
					union all select title from lab.resource group by title having count(*) > 1
					union all select title from lab.cohort group by title having count(*) > 1
					""").query(String.class).list()).as("titles loaded twice").isEmpty();
			assertThat(count(jdbc, "select count(*) from cases.published_case")).isEqualTo(
					count(jdbc, "select count(distinct title) from cases.interview_case where status = 'PUBLISHED'"));
		}
		finally {
			// a node that started while the other failed is closed too
			for (CompletableFuture<ConfigurableApplicationContext> start : starts) {
				ConfigurableApplicationContext context = start.handle((c, ex) -> c).get();
				if (context != null) {
					context.close();
				}
			}
			nodes.shutdownNow();
			execute(port, "postgres", "drop database if exists " + database + " with (force)");
			execute(port, "postgres", "drop role if exists " + role);
		}
	}

	/**
	 * A node without the logging listener: logging is one per JVM, and two contexts
	 * configuring it at the same moment race on its system properties (CI once failed on
	 * {@code Unknown format 'CONSOLE_LOG_STRUCTURED_FORMAT_IS_UNDEFINED'}). Real nodes
	 * are separate JVMs; the test JVM's logging is already set up.
	 */
	private static SpringApplication node() {
		SpringApplication application = new SpringApplicationBuilder(ObservatoryApplication.class).build();
		application.setListeners(application.getListeners()
			.stream()
			.filter((listener) -> !(listener instanceof LoggingApplicationListener))
			.toList());
		return application;
	}

	/**
	 * The statements of deploy/postgres/application-role.psql, with its psql variables
	 * set.
	 */
	private static String applicationRole(String database, String role) throws IOException {
		String script = Files.readString(Path.of("..", "deploy", "postgres", "application-role.psql"));
		return script.replace(":\"app_role\"", "\"" + role + "\"")
			.replace(":'app_password'", "'" + role + "'")
			.replace(":\"db\"", "\"" + database + "\"");
	}

	private static long count(JdbcClient jdbc, String sql, Object... params) {
		JdbcClient.StatementSpec statement = jdbc.sql(sql);
		for (Object param : params) {
			statement = statement.param(param);
		}
		return statement.query(Long.class).single();
	}

	private static void execute(int port, String database, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/" + database,
				"postgres", ""); Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
