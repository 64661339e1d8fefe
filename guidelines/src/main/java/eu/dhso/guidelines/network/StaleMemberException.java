package eu.dhso.guidelines.network;

/** Someone changed the member since the administrator opened it. */
public class StaleMemberException extends RuntimeException {

	public StaleMemberException(long id) {
		super("Network member " + id + " changed since it was opened");
	}

}
