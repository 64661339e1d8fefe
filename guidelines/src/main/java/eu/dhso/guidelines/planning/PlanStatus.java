package eu.dhso.guidelines.planning;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * A regional training plan's state: drafted, approved (it runs, cohorts are linked and
 * monitored), closed (its figures are final). Shown as
 * {@code guidelines.plan.status.<NAME>}.
 */
public enum PlanStatus {

	DRAFT, APPROVED, CLOSED;

	private static final Map<PlanStatus, Set<PlanStatus>> ALLOWED = Map.of(DRAFT, EnumSet.of(APPROVED), APPROVED,
			EnumSet.of(CLOSED), CLOSED, EnumSet.noneOf(PlanStatus.class));

	public boolean canMoveTo(PlanStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	/** Approved and closed plans are public; drafts only for their managers. */
	public boolean isPublic() {
		return this != DRAFT;
	}

}
