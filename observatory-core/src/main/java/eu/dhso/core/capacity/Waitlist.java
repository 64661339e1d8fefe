package eu.dhso.core.capacity;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * The one capacity and waitlist policy (cohorts, events): a request takes a free place if
 * there is one and joins the end of the waitlist otherwise; whenever places free up (a
 * withdrawal, a cancellation, more capacity) the waitlist fills them in the order people
 * asked, ties broken by the lower id.
 */
public final class Waitlist {

	private static final Comparator<Request> REQUEST_ORDER = Comparator.comparing(Request::requestedAt)
		.thenComparingLong(Request::id);

	private Waitlist() {
	}

	/**
	 * Whether a new request gets a place while {@code taken} of {@code capacity} are
	 * taken.
	 */
	public static boolean placeFree(int capacity, long taken) {
		return taken < capacity;
	}

	/**
	 * The free places left, never negative (capacity may have been lowered below the
	 * taken places).
	 */
	public static long freePlaces(int capacity, long taken) {
		return Math.max(0, capacity - taken);
	}

	/**
	 * The waiting requests to promote now, earliest first, as many as there are free
	 * places.
	 */
	public static List<Long> toPromote(int capacity, long taken, List<Request> waiting) {
		return waiting.stream().sorted(REQUEST_ORDER).limit(freePlaces(capacity, taken)).map(Request::id).toList();
	}

	/** The 1-based waitlist position of a request, or 0 when it is not waiting. */
	public static int position(long requestId, List<Request> waiting) {
		return waiting.stream().sorted(REQUEST_ORDER).map(Request::id).toList().indexOf(requestId) + 1;
	}

	/** A request waiting for a place. */
	public record Request(long id, Instant requestedAt) {
	}

}
