package eu.dhso.core.database;

import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@ObservatoryTest
class ModuleMigrationsTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCoreIsMigratedFirstAndTheRootFolderIsNotAModule() {
		assertThat(ModuleMigrations.modules()).first().isEqualTo("core");
		assertThat(ModuleMigrations.modules()).doesNotContain(ModuleMigrations.ROOT);
	}

	@Test
	void eachFolderKeepsItsOwnHistoryInItsOwnSchema() {
		assertThat(this.jdbc.sql("select count(*) from flyway_schema_history_core where success")
			.query(Integer.class)
			.single()).isGreaterThanOrEqualTo(3);
		assertThat(
				this.jdbc.sql("select count(*) from flyway_schema_history where success").query(Integer.class).single())
			.isGreaterThanOrEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from information_schema.schemata where schema_name = 'core'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

}
