package eu.dhso.core.disclosure;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The disclosure-control policy: groups of fewer than {@code minGroupSize} verified
 * people are suppressed, and released head counts are rounded to
 * {@code countRoundingBase}.
 */
@Validated
@ConfigurationProperties("dhso.disclosure")
public record DisclosureProperties(@Min(3) @DefaultValue("5") int minGroupSize,
		@Min(1) @DefaultValue("5") int countRoundingBase) {
}
