package eu.dhso.core.web;

import org.springframework.validation.DataBinder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Bounds the indexed lists of every form ({@code skills[3].note}): a post naming a row at
 * or beyond {@link #MAX} grows no list and is refused as a bad request (400), so a
 * made-up index can neither fill memory with empty rows nor cause a server error.
 */
@ControllerAdvice
public class FormRows {

	/** Far more rows than any form shows (a case lists a few skills or indicators). */
	public static final int MAX = 100;

	/** Applies the bound to a binder a controller creates itself. */
	public static void bound(DataBinder binder) {
		binder.setAutoGrowCollectionLimit(MAX);
	}

	@InitBinder
	void boundEveryForm(WebDataBinder binder) {
		bound(binder);
	}

}
