package eu.dhso.core.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the container dispatches to Spring Boot's error controller is shown with
 * {@code error.html}, without Boot's {@code error} attribute: that is the status's reason
 * phrase ("Not Found"), which the layout would take for a message key and show as
 * {@code ??Not Found_en??}. The page says what happened in its own words, per status.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ErrorPages implements ErrorViewResolver {

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		Map<String, Object> page = new LinkedHashMap<>(model);
		page.remove("error");
		page.remove("message");
		return new ModelAndView("error", page, status);
	}

}
