package eu.dhso.cases.domain;

/** What the signed consent form allows the observatory to show. */
public enum ConsentScope {

	/** Names of interviewees and the organisation may be shown. */
	PUBLIC,
	/** The case may be shown without interviewee names and without the organisation. */
	ANONYMISED,
	/** The case stays inside the observatory and is never published. */
	INTERNAL;

	public boolean allowsPublication() {
		return this != INTERNAL;
	}

}
