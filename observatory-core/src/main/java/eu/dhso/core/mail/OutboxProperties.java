package eu.dhso.core.mail;

import java.time.Duration;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the outbox delivers once {@code spring.mail.host} is set: from {@code from}, every
 * {@code pollInterval}, at most {@code batchSize} messages a run; a failed message is
 * tried again after {@code firstRetry}, doubling up to {@code maxRetry}, and given up
 * after {@code maxAttempts}.
 */
@Validated
@ConfigurationProperties("dhso.mail")
public record OutboxProperties(@NotBlank @Email @DefaultValue("observatory@localhost") String from,
		@NotNull @DefaultValue("30s") Duration pollInterval, @Min(1) @DefaultValue("20") int batchSize,
		@Min(1) @DefaultValue("8") int maxAttempts, @NotNull @DefaultValue("1m") Duration firstRetry,
		@NotNull @DefaultValue("6h") Duration maxRetry) {

}
