package eu.dhso.lab.scheme;

/** The state of a scheme's working copy. */
public enum SchemeStatus {

	/** Trainers edit it. */
	DRAFT,
	/** Waiting for an editor to publish it or send it back; nobody edits it meanwhile. */
	IN_REVIEW

}
