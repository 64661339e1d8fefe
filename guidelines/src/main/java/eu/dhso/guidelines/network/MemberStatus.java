package eu.dhso.guidelines.network;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a network member stands. An application is decided once: approved or declined,
 * never reopened, so a decision on the public record cannot be silently reversed.
 */
public enum MemberStatus {

	APPLIED, APPROVED, DECLINED;

	private static final Map<MemberStatus, Set<MemberStatus>> ALLOWED = Map.of(APPLIED, EnumSet.of(APPROVED, DECLINED),
			APPROVED, EnumSet.noneOf(MemberStatus.class), DECLINED, EnumSet.noneOf(MemberStatus.class));

	public boolean canMoveTo(MemberStatus target) {
		return ALLOWED.get(this).contains(target);
	}

}
