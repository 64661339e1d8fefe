package eu.dhso.core.web;

import org.springframework.validation.DataBinder;

/**
 * The bound on the indexed lists of every form ({@code skills[3].note}): a post naming a
 * row at or beyond {@link #MAX} grows no list and is refused as a bad request (400), so a
 * made-up index can neither fill memory with empty rows nor cause a server error. Every
 * binder of a request gets it ({@link FormRowLimit}); a binder a controller makes itself
 * calls {@link #bound(DataBinder)}.
 */
public final class FormRows {

	/** Far more rows than any form shows (a case lists a few skills or indicators). */
	public static final int MAX = 100;

	private FormRows() {
	}

	public static void bound(DataBinder binder) {
		binder.setAutoGrowCollectionLimit(MAX);
	}

}
