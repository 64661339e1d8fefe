package eu.dhso.skills.workshop;

/** A workshop names something the observatory does not know; {@code field} says where. */
public class InvalidWorkshopException extends RuntimeException {

	private final String field;

	public InvalidWorkshopException(String field) {
		super("Unknown value in " + field);
		this.field = field;
	}

	public String field() {
		return this.field;
	}

}
