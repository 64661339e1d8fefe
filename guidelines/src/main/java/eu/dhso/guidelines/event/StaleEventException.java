package eu.dhso.guidelines.event;

/** Someone changed the event, or its registrations, since the administrator opened it. */
public class StaleEventException extends RuntimeException {

	public StaleEventException(String slug) {
		super("Event " + slug + " changed since it was opened");
	}

}
