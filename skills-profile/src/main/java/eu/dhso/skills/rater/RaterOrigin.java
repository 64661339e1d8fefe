package eu.dhso.skills.rater;

/**
 * Where a request to a rater page comes from: the signed-in account (null when
 * anonymous), the HTTP session id (null when none) and the client address. Only keyed
 * hashes of the session and the address are ever stored.
 */
public record RaterOrigin(Long accountId, String session, String address) {

}
