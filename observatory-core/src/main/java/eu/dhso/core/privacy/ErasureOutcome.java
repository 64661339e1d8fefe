package eu.dhso.core.privacy;

/** How a request to erase one's own account ended. */
public enum ErasureOutcome {

	/** Everything removed or anonymised; the account can no longer sign in. */
	ERASED,

	/** The password typed to confirm did not match; nothing changed. */
	WRONG_PASSWORD,

	/** The last active administrator cannot go, or nobody could run the observatory. */
	LAST_ADMINISTRATOR

}
