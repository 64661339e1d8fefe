package eu.dhso.core.web;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/** Bounds the indexed lists of every form a request binds ({@link FormRows}). */
@ControllerAdvice
class FormRowLimit {

	@InitBinder
	void boundEveryForm(WebDataBinder binder) {
		FormRows.bound(binder);
	}

}
