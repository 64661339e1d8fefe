package eu.dhso.skills.map;

import java.util.Arrays;

/**
 * One computation of a kept figure at a time per key: after a change, the first visitors
 * would otherwise all compute it at once (for the calibration index at a million answers,
 * enough to exhaust the heap); the others wait, then find it kept. A fixed number of
 * locks, so keys never pile up.
 */
final class ComputationLocks {

	private final Object[] locks = new Object[32];

	ComputationLocks() {
		Arrays.setAll(this.locks, (i) -> new Object());
	}

	Object of(Object key) {
		return this.locks[Math.floorMod(key.hashCode(), this.locks.length)];
	}

}
