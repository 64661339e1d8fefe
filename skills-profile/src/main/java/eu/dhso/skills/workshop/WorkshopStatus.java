package eu.dhso.skills.workshop;

import java.util.Map;
import java.util.Set;

/** A workshop is recorded as a draft, then published; a published record stays public. */
public enum WorkshopStatus {

	DRAFT, PUBLISHED;

	private static final Map<WorkshopStatus, Set<WorkshopStatus>> ALLOWED = Map.of(DRAFT, Set.of(PUBLISHED), PUBLISHED,
			Set.of());

	public boolean canMoveTo(WorkshopStatus target) {
		return ALLOWED.get(this).contains(target);
	}

}
