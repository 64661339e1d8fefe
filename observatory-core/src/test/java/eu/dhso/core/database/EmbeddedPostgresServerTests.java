package eu.dhso.core.database;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

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
	void theFailureAnalyzerTellsHowToResolveALockedDirectory() {
		var analysis = new DataDirectoryLockedFailureAnalyzer()
			.analyze(new IllegalStateException(new DataDirectoryLockedException(this.directory)));
		assertThat(analysis.getAction()).contains("dhso.database.data-directory");
	}

}
