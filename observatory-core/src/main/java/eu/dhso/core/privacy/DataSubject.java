package eu.dhso.core.privacy;

/**
 * The person whose data is exported or erased, as the account stood before: modules that
 * copied a username or a name into their own tables find it here.
 */
public record DataSubject(long accountId, String username, String displayName, String email) {

}
