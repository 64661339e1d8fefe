package eu.dhso.core.testsupport;

import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Connects a test context to the JVM's shared database: through
 * {@code @ServiceConnection} to a container when Docker runs, otherwise to the embedded
 * server.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	// The container outlives each context; the JVM's end stops it (Ryuk), not the first
	// context's close.
	@Bean(destroyMethod = "")
	@ServiceConnection
	@Conditional(DockerRuns.class)
	PostgreSQLContainer postgresContainer() {
		return SharedTestDatabase.container();
	}

	@Bean
	@Conditional(NoDocker.class)
	JdbcConnectionDetails embeddedTestDatabase() {
		String url = SharedTestDatabase.embedded().jdbcUrl();
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return "postgres";
			}

			@Override
			public String getPassword() {
				return "";
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

	static class DockerRuns extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return SharedTestDatabase.usesDocker() ? ConditionOutcome.match("Docker runs")
					: ConditionOutcome.noMatch("no Docker");
		}

	}

	static class NoDocker extends SpringBootCondition {

		@Override
		public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return SharedTestDatabase.usesDocker() ? ConditionOutcome.noMatch("Docker runs")
					: ConditionOutcome.match("no Docker: embedded PostgreSQL");
		}

	}

}
