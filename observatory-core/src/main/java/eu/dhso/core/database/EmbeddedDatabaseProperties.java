package eu.dhso.core.database;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded PostgreSQL that runs when no datasource is configured.
 *
 * @param enabled whether to start it at all (tests bring their own database)
 * @param dataDirectory where PostgreSQL keeps its files across restarts
 */
@Validated
@ConfigurationProperties("dhso.database")
public record EmbeddedDatabaseProperties(@DefaultValue("true") boolean enabled,
		@NotNull @DefaultValue("data/postgres") Path dataDirectory) {
}
