package eu.dhso.core.text;

/**
 * The one rule for optional text a person typed: blank means "not given" and is stored as
 * {@code null}; anything else is kept without its surrounding white space.
 */
public final class Blank {

	private Blank() {
	}

	public static String toNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

}
