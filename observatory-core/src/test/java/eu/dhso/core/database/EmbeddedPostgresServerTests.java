package eu.dhso.core.database;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedPostgresServerTests {

	@TempDir
	Path directory;

	@Test
	void dataSurvivesARestart() throws Exception {
		Path data = this.directory.resolve("postgres");
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data);
				Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create table kept (name text)");
			statement.execute("insert into kept values ('Ελληνικά και Lietuvių')");
		}
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data);
				Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rows = statement.executeQuery("select name from kept")) {
			assertThat(rows.next()).isTrue();
			assertThat(rows.getString(1)).isEqualTo("Ελληνικά και Lietuvių");
		}
	}

	@Test
	void aSecondInstanceOnTheSameDirectoryIsRefusedWithAClearError() throws Exception {
		Path data = this.directory.resolve("postgres");
		try (EmbeddedPostgresServer first = EmbeddedPostgresServer.start(data)) {
			assertThat(first.port()).isPositive();
			assertThatExceptionOfType(DataDirectoryLockedException.class)
				.isThrownBy(() -> EmbeddedPostgresServer.start(data))
				.withMessageContaining("in use by another running instance");
		}
		try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(data)) {
			assertThat(again.port()).isPositive();
		}
	}

	@Test
	void aServerOrphanedByAKilledInstanceIsStoppedBeforeANewOneStarts() throws Exception {
		Path data = this.directory.resolve("postgres");
		// a server started without our lock stands for one whose JVM was killed
		EmbeddedPostgres orphan = EmbeddedPostgres.builder()
			.setDataDirectory(data)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
		// a dead JVM holds no locks: drop the one zonky keeps in this JVM
		java.lang.reflect.Field lock = EmbeddedPostgres.class.getDeclaredField("lock");
		lock.setAccessible(true);
		((java.nio.channels.FileLock) lock.get(orphan)).release();
		long orphanPid = Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).strip());
		assertThat(ProcessHandle.of(orphanPid)).hasValueSatisfying((p) -> assertThat(p.isAlive()).isTrue());
		try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data);
				Connection connection = DriverManager.getConnection(server.jdbcUrl(), "postgres", "")) {
			assertThat(connection.isValid(5)).isTrue();
			assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive)).isNotEqualTo(Optional.of(true));
		}
		finally {
			try {
				orphan.close();
			}
			catch (Exception ex) {
				// already stopped by the new server
			}
		}
	}

	@Test
	void theFailureAnalyzerTellsHowToResolveALockedDirectory() {
		var analysis = new DataDirectoryLockedFailureAnalyzer()
			.analyze(new IllegalStateException(new DataDirectoryLockedException(this.directory)));
		assertThat(analysis.getAction()).contains("dhso.database.data-directory");
	}

}
