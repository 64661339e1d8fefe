package eu.dhso.guidelines.guideline;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a guideline's working draft stands: written, open for consultation, or published
 * (no draft left until an editor starts the next one). Published versions never change.
 */
public enum GuidelineStatus {

	DRAFT, IN_CONSULTATION, PUBLISHED;

	private static final Map<GuidelineStatus, Set<GuidelineStatus>> ALLOWED = Map.of(DRAFT,
			EnumSet.of(IN_CONSULTATION, PUBLISHED), IN_CONSULTATION, EnumSet.of(DRAFT, PUBLISHED), PUBLISHED,
			// editing a published guideline starts the draft of its next version
			EnumSet.of(DRAFT));

	public boolean canMoveTo(GuidelineStatus target) {
		return ALLOWED.get(this).contains(target);
	}

}
