package eu.dhso.guidelines.event;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a person's registration for an event stands. The waitlist moves up only into a
 * confirmed place; a cancelled registration may be renewed, and then queues again. A
 * guest's registration (no account) is UNCONFIRMED until the guest opens the link sent to
 * their address: until then it holds no place and no waitlist position.
 */
public enum RegistrationStatus {

	CONFIRMED, WAITLISTED, CANCELLED, UNCONFIRMED;

	private static final Map<RegistrationStatus, Set<RegistrationStatus>> ALLOWED = Map.of(CONFIRMED,
			EnumSet.of(CANCELLED), WAITLISTED, EnumSet.of(CONFIRMED, CANCELLED), CANCELLED,
			EnumSet.of(CONFIRMED, WAITLISTED, UNCONFIRMED), UNCONFIRMED, EnumSet.of(CONFIRMED, WAITLISTED, CANCELLED));

	public boolean canMoveTo(RegistrationStatus target) {
		return ALLOWED.get(this).contains(target);
	}

}
