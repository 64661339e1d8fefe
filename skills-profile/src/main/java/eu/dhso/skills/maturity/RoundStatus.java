package eu.dhso.skills.maturity;

import java.util.Map;
import java.util.Set;

/**
 * A round is prepared, opened for answers and closed for good; its aggregates exist only
 * once it is closed, so they never move while people still answer.
 */
public enum RoundStatus {

	DRAFT, OPEN, CLOSED;

	private static final Map<RoundStatus, Set<RoundStatus>> ALLOWED = Map.of(DRAFT, Set.of(OPEN), OPEN, Set.of(CLOSED),
			CLOSED, Set.of());

	public boolean canBecome(RoundStatus next) {
		return ALLOWED.get(this).contains(next);
	}

}
