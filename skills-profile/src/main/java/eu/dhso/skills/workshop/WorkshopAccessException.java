package eu.dhso.skills.workshop;

/** The workshop does not exist for this user, or may not be changed by them. */
public class WorkshopAccessException extends RuntimeException {

	public WorkshopAccessException() {
		super("No such workshop for this user");
	}

}
