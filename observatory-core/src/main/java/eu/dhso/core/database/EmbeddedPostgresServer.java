package eu.dhso.core.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL server on a free local port whose files live in a directory that survives
 * restarts. A lock file beside the directory keeps a second instance from sharing it.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private final FileChannel lockChannel;

	private final FileLock lock;

	private final EmbeddedPostgres postgres;

	private boolean closed;

	private EmbeddedPostgresServer(FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
		this.lockChannel = lockChannel;
		this.lock = lock;
		this.postgres = postgres;
	}

	/**
	 * Starts on the given directory, keeping its contents; refuses a directory another
	 * process uses.
	 */
	public static EmbeddedPostgresServer start(Path dataDirectory) {
		return start(dataDirectory, 0);
	}

	/** As {@link #start(Path)}, on a given port; 0 picks a free one. */
	public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
		Path directory = dataDirectory.toAbsolutePath().normalize();
		FileChannel channel = null;
		try {
			Files.createDirectories(directory.getParent());
			Path lockFile = directory.resolveSibling(directory.getFileName() + ".lock");
			channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
			FileLock lock = tryLock(channel);
			if (lock == null) {
				throw new DataDirectoryLockedException(directory);
			}
			stopOrphanedServer(directory);
			long started = System.nanoTime();
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
			if (port > 0) {
				builder.setPort(port);
			}
			EmbeddedPostgres postgres = builder.setDataDirectory(directory)
				.setCleanDataDirectory(false)
				// Spring closes the server after the connection pool; zonky's own hook
				// would stop it first.
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "100")
				// zonky turns it off for speed; the observatory's data must survive a
				// crash
				.setServerConfig("synchronous_commit", "on")
				.start();
			logger.info("Embedded PostgreSQL started on port {} with data in {} ({} ms)", postgres.getPort(), directory,
					(System.nanoTime() - started) / 1_000_000);
			return new EmbeddedPostgresServer(channel, lock, postgres);
		}
		catch (IOException ex) {
			closeQuietly(channel);
			throw new UncheckedIOException("Cannot start the embedded PostgreSQL in " + directory, ex);
		}
		catch (RuntimeException ex) {
			closeQuietly(channel);
			throw ex;
		}
	}

	/**
	 * A server left running by an instance that was killed (it outlives the JVM). Holding
	 * the lock proves no live instance owns it, so it is shut down before a new one
	 * starts.
	 */
	private static void stopOrphanedServer(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.isRegularFile(pidFile)) {
			return;
		}
		String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
		if (!firstLine.matches("\\d+")) {
			return;
		}
		ProcessHandle.of(Long.parseLong(firstLine))
			.filter(ProcessHandle::isAlive)
			.filter((process) -> process.info().command().map((c) -> c.contains("postgres")).orElse(false))
			.ifPresent((orphan) -> {
				logger.warn("Stopping PostgreSQL server {} left running on {} by an earlier instance", orphan.pid(),
						directory);
				orphan.destroy();
				try {
					orphan.onExit().get(20, TimeUnit.SECONDS);
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				catch (ExecutionException | TimeoutException ex) {
					orphan.destroyForcibly();
				}
			});
	}

	private static FileLock tryLock(FileChannel channel) throws IOException {
		try {
			return channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			return null;
		}
	}

	public String jdbcUrl() {
		return this.postgres.getJdbcUrl("postgres", "postgres");
	}

	public int port() {
		return this.postgres.getPort();
	}

	/**
	 * Idempotent, so an owner that closes early and a context that closes later do not
	 * clash.
	 */
	@Override
	public synchronized void close() throws IOException {
		if (this.closed) {
			return;
		}
		this.closed = true;
		try {
			this.postgres.close();
			logger.info("Embedded PostgreSQL stopped");
		}
		finally {
			this.lock.release();
			this.lockChannel.close();
		}
	}

	private static void closeQuietly(FileChannel channel) {
		if (channel != null) {
			try {
				channel.close();
			}
			catch (IOException ex) {
				logger.debug("Could not close lock file", ex);
			}
		}
	}

}
