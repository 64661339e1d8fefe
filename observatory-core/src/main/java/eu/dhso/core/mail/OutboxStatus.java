package eu.dhso.core.mail;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a message of the outbox stands: pending until delivered, or failed once the
 * retries are spent. A pending message may stay pending (a retry later).
 */
public enum OutboxStatus {

	PENDING, SENT, FAILED;

	private static final Map<OutboxStatus, Set<OutboxStatus>> ALLOWED = Map.of(PENDING,
			EnumSet.of(PENDING, SENT, FAILED), SENT, EnumSet.noneOf(OutboxStatus.class), FAILED,
			EnumSet.noneOf(OutboxStatus.class));

	public boolean canMoveTo(OutboxStatus target) {
		return ALLOWED.get(this).contains(target);
	}

}
