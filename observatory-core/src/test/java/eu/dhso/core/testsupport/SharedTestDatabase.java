package eu.dhso.core.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import eu.dhso.core.database.EmbeddedPostgresServer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One PostgreSQL per test JVM: a Testcontainers container where Docker runs, otherwise an
 * embedded server in a temporary directory. Every Spring context of the JVM shares it.
 */
public final class SharedTestDatabase {

	private static final boolean DOCKER = dockerAvailable();

	private static PostgreSQLContainer container;

	private static EmbeddedPostgresServer embedded;

	private SharedTestDatabase() {
	}

	public static boolean dockerAvailable() {
		try {
			return DockerClientFactory.instance().isDockerAvailable();
		}
		catch (RuntimeException | LinkageError ex) {
			return false;
		}
	}

	static boolean usesDocker() {
		return DOCKER;
	}

	static synchronized PostgreSQLContainer container() {
		if (container == null) {
			container = new PostgreSQLContainer("postgres:17-alpine");
			container.start();
		}
		return container;
	}

	public static synchronized EmbeddedPostgresServer embedded() {
		if (embedded == null) {
			try {
				Path directory = Files.createTempDirectory("dhso-test-pg");
				embedded = EmbeddedPostgresServer.start(directory.resolve("data"));
				Runtime.getRuntime().addShutdownHook(new Thread(SharedTestDatabase::stopEmbedded, "dhso-test-pg-stop"));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return embedded;
	}

	/**
	 * Shutdown hooks run together: wait for Spring to close the cached test contexts,
	 * whose beans still use the database while they close, before stopping it.
	 */
	private static synchronized void stopEmbedded() {
		for (Thread thread : Thread.getAllStackTraces().keySet()) {
			if (thread.getName().equals("SpringApplicationShutdownHook") && thread != Thread.currentThread()) {
				try {
					thread.join(20_000);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
			}
		}
		if (embedded != null) {
			try {
				embedded.close();
			}
			catch (IOException ex) {
				// the JVM is exiting; nothing left to clean up
			}
		}
	}

}
