package eu.dhso.core.web;

import java.security.Principal;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.web.servlet.IServletWebApplication;
import org.thymeleaf.web.servlet.IServletWebExchange;
import org.thymeleaf.web.servlet.IServletWebRequest;
import org.thymeleaf.web.servlet.IServletWebSession;

/**
 * The request as a page's template sees it, with the template's variables (the model,
 * each {@code th:each} item, each {@code th:with}) kept in the page's own map.
 * <p>
 * Thymeleaf keeps them as request attributes: every item of every list was set and
 * removed through each filter's request wrapper down to the container, which copies its
 * listener list and builds an event each time, and every variable read went the same way
 * down. The request's own attributes (the CSRF token, error details) are still read
 * through; the page's variables are never written to the request, which nothing reads
 * them from (Spring's form binding reads the model it is handed).
 * <p>
 * A name the page has once set stays the page's, also when removed: before each item of a
 * list Thymeleaf reads the item's name to restore it afterwards, and that read went down
 * the request wrappers for every item. What the page's name shadowed is not lost:
 * Thymeleaf read it before the first set, and restores it.
 */
final class PageVariables implements IServletWebExchange {

	private static final Object REMOVED = new Object();

	private final IServletWebExchange exchange;

	/** The page's variables; a removed one maps to {@link #REMOVED}. */
	private final Map<String, Object> variables = new HashMap<>();

	PageVariables(IServletWebExchange exchange) {
		this.exchange = exchange;
	}

	@Override
	public @Nullable Object getAttributeValue(String name) {
		Object value = this.variables.get(name);
		if (value == null) {
			return this.exchange.getAttributeValue(name);
		}
		return (value != REMOVED) ? value : null;
	}

	/** As a request attribute, a null value removes the variable. */
	@Override
	public void setAttributeValue(String name, @Nullable Object value) {
		this.variables.put(name, (value != null) ? value : REMOVED);
	}

	@Override
	public void removeAttribute(String name) {
		this.variables.put(name, REMOVED);
	}

	@Override
	public boolean containsAttribute(String name) {
		return getAttributeValue(name) != null;
	}

	@Override
	public Enumeration<String> getAttributeNames() {
		Set<String> names = new LinkedHashSet<>(Collections.list(this.exchange.getAttributeNames()));
		this.variables.forEach((name, value) -> {
			if (value != REMOVED) {
				names.add(name);
			}
			else {
				names.remove(name);
			}
		});
		return Collections.enumeration(names);
	}

	@Override
	public IServletWebRequest getRequest() {
		return this.exchange.getRequest();
	}

	@Override
	public IServletWebSession getSession() {
		return this.exchange.getSession();
	}

	@Override
	public IServletWebApplication getApplication() {
		return this.exchange.getApplication();
	}

	@Override
	public boolean hasSession() {
		return this.exchange.hasSession();
	}

	@Override
	public Principal getPrincipal() {
		return this.exchange.getPrincipal();
	}

	@Override
	public Locale getLocale() {
		return this.exchange.getLocale();
	}

	@Override
	public String getContentType() {
		return this.exchange.getContentType();
	}

	@Override
	public String getCharacterEncoding() {
		return this.exchange.getCharacterEncoding();
	}

	@Override
	public String transformURL(String url) {
		return this.exchange.transformURL(url);
	}

	@Override
	public Object getNativeRequestObject() {
		return this.exchange.getNativeRequestObject();
	}

	@Override
	public Object getNativeResponseObject() {
		return this.exchange.getNativeResponseObject();
	}

}
