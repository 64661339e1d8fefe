package eu.dhso.skills.agents;

import java.util.Map;
import java.util.Set;

/**
 * A nomination waits for the named person's consent; only an active agent appears on the
 * roster and logs activities.
 */
public enum AgentStatus {

	PROPOSED, ACTIVE, DECLINED, ENDED;

	private static final Map<AgentStatus, Set<AgentStatus>> ALLOWED = Map.of(PROPOSED, Set.of(ACTIVE, DECLINED, ENDED),
			ACTIVE, Set.of(ENDED), DECLINED, Set.of(), ENDED, Set.of());

	public boolean canBecome(AgentStatus next) {
		return ALLOWED.get(this).contains(next);
	}

}
