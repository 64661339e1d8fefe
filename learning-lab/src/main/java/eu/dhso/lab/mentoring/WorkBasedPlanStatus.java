package eu.dhso.lab.mentoring;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a work-based learning plan stands. The name is the message
 * {@code lab.mentoring.status.<NAME>}.
 */
public enum WorkBasedPlanStatus {

	/**
	 * One party proposed it; the other has not agreed yet. Activities may still change.
	 */
	PROPOSED,
	/** Both agreed: the professional logs evidence, the mentor signs activities off. */
	AGREED,
	/** Every activity signed off; its levels count as mentor-verified. */
	COMPLETED,
	/** Declined or called off by either party; kept for the record. */
	CANCELLED;

	private static final Map<WorkBasedPlanStatus, Set<WorkBasedPlanStatus>> ALLOWED = Map.of(PROPOSED,
			EnumSet.of(AGREED, CANCELLED), AGREED, EnumSet.of(COMPLETED, CANCELLED), COMPLETED,
			EnumSet.noneOf(WorkBasedPlanStatus.class), CANCELLED, EnumSet.noneOf(WorkBasedPlanStatus.class));

	public boolean canMoveTo(WorkBasedPlanStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	public boolean isOpen() {
		return this == PROPOSED || this == AGREED;
	}

}
