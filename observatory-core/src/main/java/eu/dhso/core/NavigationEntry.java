package eu.dhso.core;

/**
 * A link in the main navigation, contributed by a module as a bean.
 *
 * @param path where it leads
 * @param messageKey its label in the message bundles; entries in a group also need
 * {@code <messageKey>.lead}, a sentence the home page shows under the link
 * @param order position from left to right, or within its group
 * @param group {@code null} for a link of its own in the bar, otherwise the group whose
 * menu holds it (label {@code nav.group.<group>})
 */
public record NavigationEntry(String path, String messageKey, int order, String group) {

	/** The seeds' programmes beyond the four outputs: maturity, mentoring, workshops… */
	public static final String PROGRAMMES = "programmes";

	public NavigationEntry(String path, String messageKey, int order) {
		this(path, messageKey, order, null);
	}

	public boolean grouped() {
		return this.group != null;
	}

}
