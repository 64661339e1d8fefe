package eu.dhso.core.web;

import java.io.InputStream;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Conditional requests for what is the same for everyone. A response whose controller
 * declares it public ({@link #CACHE_CONTROL}: JSON, CSV, calendars, feeds) gets a strong
 * ETag computed from its body and answers a matching {@code If-None-Match} with 304.
 * Every other response is left as it is: Spring Security marks it {@code no-store}, so
 * nothing private is ever validated or kept by a shared cache.
 */
public final class PublicData extends ShallowEtagHeaderFilter {

	/**
	 * Public and short: caches may keep it for five minutes, then revalidate (a 304 costs
	 * the server the response's rendering, never the client's bandwidth).
	 */
	public static final CacheControl CACHE_CONTROL = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();

	@Override
	protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response,
			int responseStatusCode, InputStream inputStream) {
		return super.isEligibleForEtag(request, response, responseStatusCode, inputStream)
				&& isPublic(response.getHeader(HttpHeaders.CACHE_CONTROL));
	}

	static boolean isPublic(String cacheControl) {
		return cacheControl != null && cacheControl.contains("public") && !cacheControl.contains("no-store")
				&& !cacheControl.contains("private");
	}

}
