package eu.dhso.core.privacy;

/**
 * What takes an erased person's place in the records that stay.
 *
 * @param name written where a module stored the person's username or name (authorship,
 * timelines, decisions); it is also the erased account's new username, so those records
 * still agree with each other
 * @param standInAccountId an account created for the erasure, disabled and holding
 * nothing else: rows that must keep an owner and feed aggregates (submitted
 * self-assessments, places in past cohorts, registrations for past events) move to it, so
 * they stay counted as one person's, as before, but no longer lead to the erased account
 * @param standInName the stand-in account's name, for such rows that show a name
 */
public record Replacement(String name, long standInAccountId, String standInName) {

}
