package eu.dhso.core.account;

/**
 * An administrator confirmed a self-registered account. Modules that count people toward
 * small-group thresholds start counting this person.
 */
public record AccountVerified(long accountId) {
}
