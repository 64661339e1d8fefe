package eu.dhso.core.account;

import java.util.Map;
import java.util.Set;

/** A role request waits for an administrator, who approves or declines it once. */
public enum RoleRequestStatus {

	PENDING, APPROVED, DECLINED;

	private static final Map<RoleRequestStatus, Set<RoleRequestStatus>> ALLOWED = Map.of(PENDING,
			Set.of(APPROVED, DECLINED), APPROVED, Set.of(), DECLINED, Set.of());

	public boolean canBecome(RoleRequestStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	public String messageKey() {
		return "roleRequest.status." + name();
	}

}
