package eu.dhso.web;

import java.nio.file.Path;

import eu.dhso.ObservatoryApplication;
import eu.dhso.core.account.Organisation;
import eu.dhso.core.account.OrganisationType;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.account.UserAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's run mode: no datasource configured, so the application starts its own
 * PostgreSQL in a data directory, loads the demo data, and finds everything again after a
 * restart.
 */
class EmbeddedDefaultModeTests {

	@TempDir
	Path directory;

	@Test
	void startsItsOwnDatabaseWithDemoDataAndKeepsDataAcrossARestart() {
		long accounts;
		String[] properties = { "dhso.database.data-directory=" + this.directory.resolve("postgres"), "server.port=0" };
		try (ConfigurableApplicationContext first = new SpringApplicationBuilder(ObservatoryApplication.class)
			.properties(properties)
			.run()) {
			assertThat(first.getBean(UserAccounts.class).findByUsernameIgnoreCase("admin")).isPresent();
			accounts = first.getBean(UserAccounts.class).count();
			first.getBean(Organisations.class)
				.save(new Organisation("Kept Across Restarts Clinic", OrganisationType.HOSPITAL, "MT"));
		}
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(ObservatoryApplication.class)
			.properties(properties)
			.run()) {
			assertThat(second.getBean(Organisations.class).findByName("Kept Across Restarts Clinic")).isPresent();
			// the demo accounts and the modules' demo people, loaded once: a restart adds
			// none
			assertThat(accounts).isGreaterThanOrEqualTo(DemoAccount.ALL.size());
			assertThat(second.getBean(UserAccounts.class).count()).isEqualTo(accounts);
		}
	}

}
