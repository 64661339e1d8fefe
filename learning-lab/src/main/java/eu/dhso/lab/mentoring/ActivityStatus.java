package eu.dhso.lab.mentoring;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where an activity of an agreed plan stands. Logging evidence hands it to the mentor;
 * the mentor signs it off or returns it with a reason, and more evidence hands it over
 * again. The name is the message {@code lab.mentoring.activity.status.<NAME>}.
 */
public enum ActivityStatus {

	/** Nothing logged yet. */
	OPEN,
	/** Evidence logged, waiting for the mentor. */
	SUBMITTED,
	/** The mentor asked for more, with a reason. */
	RETURNED,
	/** The mentor confirmed the target level was reached. */
	SIGNED_OFF;

	private static final Map<ActivityStatus, Set<ActivityStatus>> ALLOWED = Map.of(OPEN, EnumSet.of(SUBMITTED),
			SUBMITTED, EnumSet.of(SUBMITTED, RETURNED, SIGNED_OFF), RETURNED, EnumSet.of(SUBMITTED), SIGNED_OFF,
			EnumSet.noneOf(ActivityStatus.class));

	public boolean canMoveTo(ActivityStatus next) {
		return ALLOWED.get(this).contains(next);
	}

}
