package eu.dhso.core.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Migrates {@code db/migration/__root} (Boot's own Flyway), then each module's folder
 * {@code db/migration/<module>} with its own history table
 * {@code flyway_schema_history_<module>}, core first. The same layout and table names as
 * Spring Modulith's runtime support, without analysing every class at start-up to find
 * the modules.
 */
@Component
class ModuleMigrations implements FlywayMigrationStrategy {

	private static final Logger logger = LoggerFactory.getLogger(ModuleMigrations.class);

	static final String ROOT = "__root";

	@Override
	public void migrate(Flyway flyway) {
		flyway.migrate();
		for (String module : modules()) {
			int applied = Flyway.configure(flyway.getConfiguration().getClassLoader())
				.configuration(flyway.getConfiguration())
				.locations("classpath:db/migration/" + module)
				.table("flyway_schema_history_" + module)
				// the shared default schema already holds other tables; version 0 keeps
				// V1 applicable
				.baselineOnMigrate(true)
				.baselineVersion("0")
				.load()
				.migrate().migrationsExecuted;
			logger.debug("Module {}: {} migrations applied", module, applied);
		}
	}

	static List<String> modules() {
		try {
			Resource[] scripts = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:db/migration/*/*.sql");
			return Arrays.stream(scripts)
				.map(ModuleMigrations::folderOf)
				.filter(Objects::nonNull)
				.filter((module) -> !module.equals(ROOT))
				.distinct()
				.sorted(Comparator.comparing((String module) -> !module.equals("core"))
					.thenComparing(Comparator.naturalOrder()))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot list the modules' migrations", ex);
		}
	}

	private static String folderOf(Resource script) {
		try {
			String path = script.getURL().toString();
			int end = path.lastIndexOf('/');
			int start = path.lastIndexOf('/', end - 1);
			return (start >= 0) ? path.substring(start + 1, end) : null;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
