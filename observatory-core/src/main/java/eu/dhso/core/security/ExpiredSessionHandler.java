package eu.dhso.core.security;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import eu.dhso.core.web.KeptFormInput;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

/**
 * A form posted after its session ended carries a CSRF token the server no longer knows.
 * Instead of a bare 403, the person is sent to sign in and then back to the page the form
 * belongs to, with what they typed kept for it ({@code KeptFormInput}). Every other
 * refusal is answered as before.
 */
class ExpiredSessionHandler implements AccessDeniedHandler {

	private final AccessDeniedHandler refusal = new AccessDeniedHandlerImpl();

	private final RequestCache requestCache = new HttpSessionRequestCache();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		if (!(accessDeniedException instanceof CsrfException) || !"POST".equals(request.getMethod())
				|| request.getRequestedSessionId() == null || request.isRequestedSessionIdValid()) {
			this.refusal.handle(request, response, accessDeniedException);
			return;
		}
		HttpSession session = request.getSession(true);
		String contentType = request.getContentType();
		if (contentType != null && contentType.startsWith("application/x-www-form-urlencoded")) {
			KeptFormInput.keep(session, request);
		}
		// signing in returns to the page, never repeats the post
		this.requestCache.saveRequest(new AsGet(request), response);
		response.sendRedirect(request.getContextPath() + "/login?expired");
	}

	/** The request as the page it was posted from: a GET of the same path. */
	private static final class AsGet extends HttpServletRequestWrapper {

		AsGet(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			return "GET";
		}

		@Override
		public String getQueryString() {
			return null;
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			return Collections.emptyMap();
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.emptyEnumeration();
		}

		@Override
		public String getParameter(String name) {
			return null;
		}

		@Override
		public String[] getParameterValues(String name) {
			return null;
		}

	}

}
