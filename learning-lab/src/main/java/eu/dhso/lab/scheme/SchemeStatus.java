package eu.dhso.lab.scheme;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * The state of a scheme's working copy. The allowed transitions are listed here, so no
 * one publishes a draft nobody submitted, or edits a copy the editors are reading.
 */
public enum SchemeStatus {

	/** Trainers edit it. */
	DRAFT,
	/** Waiting for an editor to publish it or send it back; nobody edits it meanwhile. */
	IN_REVIEW;

	// publishing a version returns the working copy to DRAFT, ready for the next edition
	private static final Map<SchemeStatus, Set<SchemeStatus>> ALLOWED = Map.of(DRAFT, EnumSet.of(IN_REVIEW), IN_REVIEW,
			EnumSet.of(DRAFT));

	public boolean canMoveTo(SchemeStatus target) {
		return ALLOWED.get(this).contains(target);
	}

	public boolean isEditable() {
		return this == DRAFT;
	}

}
