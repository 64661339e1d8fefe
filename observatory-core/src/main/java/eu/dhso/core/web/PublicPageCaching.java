package eu.dhso.core.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.zip.CRC32C;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * HTML pages that an anonymous visitor gets exactly as every other anonymous visitor (no
 * session, no cookie set, so no CSRF token and no flash message) may be kept for a minute
 * by browsers and shared caches, and revalidated with their ETag (a checksum of the page,
 * so every node of a cluster gives the same one): a repeated request is answered 304
 * without the page, and the browser's back/forward cache works. Everything else keeps
 * {@code no-store}: signed-in pages, pages with a form token, error pages.
 */
@Configuration(proxyBeanMethods = false)
class PublicPageCaching {

	static final String PUBLIC = CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic().getHeaderValue();

	static final String NO_STORE = "no-cache, no-store, max-age=0, must-revalidate";

	/** Inside the security filter chain (order -100), so the visitor is known. */
	@Bean
	FilterRegistrationBean<AnonymousPageFilter> publicPageCachingFilter() {
		FilterRegistrationBean<AnonymousPageFilter> registration = new FilterRegistrationBean<>(
				new AnonymousPageFilter());
		registration.setOrder(0);
		return registration;
	}

	static class AnonymousPageFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!isCandidate(request)) {
				chain.doFilter(request, response);
				return;
			}
			// Set first, so that security's own no-store is not added, and kept if the
			// response is sent before the page is known to be cacheable.
			response.setHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
			ContentCachingResponseWrapper page = new ContentCachingResponseWrapper(response);
			chain.doFilter(request, page);
			if (!response.isCommitted() && NO_STORE.equals(response.getHeader(HttpHeaders.CACHE_CONTROL))) {
				if (isShared(request, page)) {
					String etag = etag(page);
					response.setHeader(HttpHeaders.CACHE_CONTROL, PUBLIC);
					response.setHeader(HttpHeaders.ETAG, etag);
					// the language cookie picks the page's language
					response.setHeader(HttpHeaders.VARY, HttpHeaders.COOKIE);
					if (matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
						page.resetBuffer();
						response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
					}
				}
				else {
					response.setHeader(HttpHeaders.PRAGMA, "no-cache");
					response.setHeader(HttpHeaders.EXPIRES, "0");
				}
			}
			page.copyBodyToResponse();
		}

		/**
		 * An anonymous GET of a page (not a download: no file extension) by a browser or
		 * crawler asking for HTML.
		 */
		static boolean isCandidate(HttpServletRequest request) {
			if (!"GET".equals(request.getMethod()) || request.getSession(false) != null) {
				return false;
			}
			String accept = request.getHeader(HttpHeaders.ACCEPT);
			String uri = request.getRequestURI();
			if (accept == null || !accept.contains("text/html") || uri.lastIndexOf('.') > uri.lastIndexOf('/')) {
				return false;
			}
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			return authentication == null || authentication instanceof AnonymousAuthenticationToken;
		}

		static boolean isShared(HttpServletRequest request, ContentCachingResponseWrapper page) {
			String contentType = page.getContentType();
			return page.getStatus() == HttpServletResponse.SC_OK && contentType != null
					&& contentType.startsWith("text/html") && request.getSession(false) == null
					&& page.getHeaders(HttpHeaders.SET_COOKIE).isEmpty();
		}

		/**
		 * A weak validator from the page's CRC-32C and length. An ETag only tells one
		 * version of a page from another for the same URL, so it need not resist forgery;
		 * MD5 of every page cost a quarter of the skills map's CPU, CRC-32C (a processor
		 * instruction) costs next to nothing.
		 */
		static String etag(ContentCachingResponseWrapper page) throws IOException {
			CRC32C crc = new CRC32C();
			byte[] buffer = new byte[8192];
			try (InputStream body = page.getContentInputStream()) {
				for (int n = body.read(buffer); n > 0; n = body.read(buffer)) {
					crc.update(buffer, 0, n);
				}
			}
			return "W/\"" + Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(page.getContentSize()) + "\"";
		}

		static boolean matches(String ifNoneMatch, String etag) {
			if (ifNoneMatch == null) {
				return false;
			}
			String bare = etag.substring(2);
			for (String candidate : ifNoneMatch.split(",")) {
				String tag = candidate.trim();
				if (tag.equals("*") || tag.equals(etag) || tag.equals(bare)) {
					return true;
				}
			}
			return false;
		}

	}

}
