package eu.dhso.core.web;

import java.util.Map;

/**
 * The way every search page reads its query parameters: blank means absent, values are
 * stripped and cut to a bound so no oversized input reaches a query.
 */
public final class SearchParameters {

	private SearchParameters() {
	}

	/** The stripped value cut to {@code max} characters, or null when blank. */
	public static String clean(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		return (stripped.length() > max) ? stripped.substring(0, max) : stripped;
	}

	/** Adds a filter to a page's active filters only when it is set. */
	public static void putIfSet(Map<String, String> filters, String name, String value) {
		if (value != null) {
			filters.put(name, value);
		}
	}

}
