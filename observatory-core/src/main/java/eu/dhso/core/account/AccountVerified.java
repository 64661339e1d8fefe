package eu.dhso.core.account;

import org.springframework.modulith.NamedInterface;

/**
 * An administrator confirmed a self-registered account. Modules that count people toward
 * small-group thresholds start counting this person.
 */
@NamedInterface("account")
public record AccountVerified(long accountId) {
}
