package eu.dhso.lab.cohort;

import java.time.Instant;
import java.util.List;

import eu.dhso.core.capacity.Waitlist;

/**
 * A cohort's places read through the kernel's one capacity and waitlist policy
 * ({@link Waitlist}): this class only says which enrolments take places and which wait.
 */
public final class Roster {

	private Roster() {
	}

	/**
	 * The status a new request gets while {@code enrolled} places of {@code capacity} are
	 * taken.
	 */
	public static EnrolmentStatus statusForRequest(int capacity, long enrolled) {
		return Waitlist.placeFree(capacity, enrolled) ? EnrolmentStatus.ENROLLED : EnrolmentStatus.WAITLISTED;
	}

	/**
	 * The waitlisted places to promote now, earliest request first (ties by id), as many
	 * as there are free places.
	 */
	public static List<Long> toPromote(int capacity, List<Place> places) {
		long enrolled = places.stream().filter((p) -> p.status() == EnrolmentStatus.ENROLLED).count();
		return Waitlist.toPromote(capacity, enrolled, waiting(places));
	}

	/** The 1-based waitlist position of a place, or 0 if it is not waitlisted. */
	public static int waitlistPosition(long enrolmentId, List<Place> places) {
		return Waitlist.position(enrolmentId, waiting(places));
	}

	private static List<Waitlist.Request> waiting(List<Place> places) {
		return places.stream()
			.filter((p) -> p.status() == EnrolmentStatus.WAITLISTED)
			.map((p) -> new Waitlist.Request(p.enrolmentId(), p.requestedAt()))
			.toList();
	}

	public record Place(long enrolmentId, EnrolmentStatus status, Instant requestedAt) {
	}

}
