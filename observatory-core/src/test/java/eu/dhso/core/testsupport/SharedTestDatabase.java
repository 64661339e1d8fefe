package eu.dhso.core.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import eu.dhso.core.database.EmbeddedPostgresServer;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.util.FileSystemUtils;

/**
 * One PostgreSQL per test JVM: a Testcontainers container where Docker runs, otherwise an
 * embedded server in a temporary directory. Every Spring context of the JVM shares it.
 */
public final class SharedTestDatabase {

	private static final boolean DOCKER = dockerAvailable();

	private static PostgreSQLContainer container;

	private static EmbeddedPostgresServer embedded;

	private static Path embeddedDirectory;

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
				embeddedDirectory = directory;
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
	private static void pause() {
		try {
			Thread.sleep(20);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static synchronized void stopEmbedded() {
		// The hooks start one after the other, so Spring's may not be running yet.
		long deadline = System.nanoTime() + 2_000_000_000L;
		Thread springHook = null;
		while (springHook == null && System.nanoTime() < deadline) {
			springHook = Thread.getAllStackTraces()
				.keySet()
				.stream()
				.filter((thread) -> thread.getName().equals("SpringApplicationShutdownHook"))
				.findFirst()
				.orElse(null);
			if (springHook == null) {
				pause();
			}
		}
		if (springHook != null) {
			try {
				springHook.join(20_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		if (embedded != null) {
			try {
				embedded.close();
				// each test JVM's database took 1 to 7 GB of the temporary directory, and
				// was left there
				FileSystemUtils.deleteRecursively(embeddedDirectory);
			}
			catch (IOException ex) {
				// the JVM is exiting; nothing left to clean up
			}
		}
	}

}
