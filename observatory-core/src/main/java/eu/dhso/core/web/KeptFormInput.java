package eu.dhso.core.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * What a form posted when its session had already ended, kept in the new session until
 * the person has signed in again and opens the same page. A form that supports it shows
 * these values again instead of the saved ones, so nothing typed is lost; they are not
 * saved until the person saves them.
 */
public final class KeptFormInput {

	static final String ATTRIBUTE = KeptFormInput.class.getName();

	/** More than a long case step with every row filled; larger posts are not kept. */
	static final int MAX_CHARACTERS = 200_000;

	private KeptFormInput() {
	}

	/**
	 * Keeps the form values of a post for its page, without its CSRF token; returns
	 * whether it did.
	 */
	public static boolean keep(HttpSession session, HttpServletRequest post) {
		Map<String, String[]> parameters = post.getParameterMap();
		Map<String, String[]> values = new LinkedHashMap<>();
		long characters = 0;
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			if (parameter.getKey().equals("_csrf")) {
				continue;
			}
			for (String value : parameter.getValue()) {
				characters += parameter.getKey().length() + value.length();
			}
			values.put(parameter.getKey(), parameter.getValue().clone());
		}
		if (characters > MAX_CHARACTERS) {
			return false;
		}
		session.setAttribute(ATTRIBUTE, new Kept(path(post), values));
		return true;
	}

	/**
	 * The values kept for the page of this request, removed from the session: they are
	 * shown once.
	 */
	public static Optional<Map<String, String[]>> take(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		if (session == null || !(session.getAttribute(ATTRIBUTE) instanceof Kept kept)
				|| !kept.path().equals(path(request))) {
			return Optional.empty();
		}
		session.removeAttribute(ATTRIBUTE);
		return Optional.of(kept.values());
	}

	static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	private record Kept(String path, Map<String, String[]> values) implements Serializable {
	}

}
