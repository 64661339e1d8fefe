package eu.dhso.guidelines.planning;

/** Someone changed the plan since the administrator opened it. */
public class StalePlanException extends RuntimeException {

	public StalePlanException(long id) {
		super("Training plan " + id + " changed since it was opened");
	}

}
