package eu.dhso.lab.cohort;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Where a cohort stands. Trainers open and close enrolment and may cancel; the calendar
 * starts and completes a cohort (its first and last day), so RUNNING and COMPLETED need
 * no one to move them. The name is the message {@code lab.cohort.status.<NAME>}.
 */
public enum CohortStatus {

	/** Before its start, enrolment closed. */
	PLANNED,
	/** Before its start, people may ask for a place. */
	OPEN,
	/** Between its first and last day; late requests only while enrolment stays open. */
	RUNNING,
	/**
	 * After its last day: places, attendance and levels stay for the pilot evaluation.
	 */
	COMPLETED,
	/** Called off by a trainer; nobody joins any more. */
	CANCELLED;

	private static final Map<CohortStatus, Set<CohortStatus>> ALLOWED = Map.of(PLANNED,
			EnumSet.of(OPEN, RUNNING, CANCELLED), OPEN, EnumSet.of(PLANNED, RUNNING, CANCELLED), RUNNING,
			EnumSet.of(COMPLETED, CANCELLED), COMPLETED, EnumSet.noneOf(CohortStatus.class), CANCELLED,
			EnumSet.noneOf(CohortStatus.class));

	public boolean canMoveTo(CohortStatus next) {
		return ALLOWED.get(this).contains(next);
	}

	/** Whether trainers still change places, sessions and settings. */
	public boolean isActive() {
		return this != COMPLETED && this != CANCELLED;
	}

}
