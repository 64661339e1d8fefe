package eu.dhso.lab.cohort;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The enrolment rules of a cohort: a request takes a free place if there is one and joins
 * the end of the waitlist otherwise; whenever places free up (a withdrawal, more
 * capacity) the waitlist fills them in the order people asked.
 */
public final class Roster {

	private Roster() {
	}

	/**
	 * The status a new request gets while {@code enrolled} places of {@code capacity} are
	 * taken.
	 */
	public static EnrolmentStatus statusForRequest(int capacity, long enrolled) {
		return (enrolled < capacity) ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED;
	}

	/**
	 * The waitlisted places to promote now, earliest request first (ties by id), as many
	 * as there are free places.
	 */
	public static List<Long> toPromote(int capacity, List<Place> places) {
		long enrolled = places.stream().filter((p) -> p.status() == EnrolmentStatus.ENROLLED).count();
		long free = Math.max(0, capacity - enrolled);
		return places.stream()
			.filter((p) -> p.status() == EnrolmentStatus.WAITLISTED)
			.sorted(Comparator.comparing(Place::requestedAt).thenComparingLong(Place::enrolmentId))
			.limit(free)
			.map(Place::enrolmentId)
			.toList();
	}

	/** The 1-based waitlist position of a place, or 0 if it is not waitlisted. */
	public static int waitlistPosition(long enrolmentId, List<Place> places) {
		List<Long> queue = places.stream()
			.filter((p) -> p.status() == EnrolmentStatus.WAITLISTED)
			.sorted(Comparator.comparing(Place::requestedAt).thenComparingLong(Place::enrolmentId))
			.map(Place::enrolmentId)
			.toList();
		return queue.indexOf(enrolmentId) + 1;
	}

	public record Place(long enrolmentId, EnrolmentStatus status, Instant requestedAt) {
	}

}
