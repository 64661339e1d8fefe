package eu.dhso.core.web;

import java.io.IOException;
import java.time.Duration;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static files are mapped only where they are: module style sheets and images
 * ({@code static/<module>/name.css}) and webjars, never {@code /**}
 * ({@code spring.web.resources.add-mappings=false}). Every {@code @{…}} link a page
 * writes passes through the resource URL provider; under a {@code /**} mapping each link
 * to a page was looked up in the jar as a possible file, and a miss is not cached, so
 * that look-up was most of a page's cost. Now only links to real files match, and those
 * are resolved once and cached.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	/** One directory below the root, by extension, so no page's path can match. */
	static final String[] FILE_PATTERNS = { "/*/*.css", "/*/*.js", "/*/*.svg", "/*/*.png", "/*/*.webp", "/*/*.woff2" };

	private static final CacheControl A_WEEK = CacheControl.maxAge(Duration.ofDays(7)).cachePublic();

	/**
	 * Links to files get their version from the resource chain, as Spring Boot's own
	 * registration of this filter (which backs off) would do; a link to a page, whose
	 * last segment has no extension, is left as it is without asking the chain, which
	 * matched it against every file pattern (a twentieth of a page with many links).
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new FileLinkEncodingFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	/** Whether a link's last path segment names a file (has an extension). */
	static boolean isFileLink(String url) {
		int end = url.length();
		int query = url.indexOf('?');
		if (query >= 0) {
			end = query;
		}
		int fragment = url.indexOf('#');
		if (fragment >= 0 && fragment < end) {
			end = fragment;
		}
		int segment = url.lastIndexOf('/', end - 1) + 1;
		int dot = url.indexOf('.', segment);
		return dot >= 0 && dot < end;
	}

	static class FileLinkEncodingFilter extends ResourceUrlEncodingFilter {

		@Override
		public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (!(response instanceof HttpServletResponse original)) {
				super.doFilter(request, response, chain);
				return;
			}
			super.doFilter(request, response, (versioning, versioned) -> chain.doFilter(versioning,
					new FileLinksOnly((HttpServletResponse) versioned, original)));
		}

	}

	/** Page links bypass the resource chain; file links go through it. */
	static final class FileLinksOnly extends HttpServletResponseWrapper {

		private final HttpServletResponse original;

		FileLinksOnly(HttpServletResponse versioned, HttpServletResponse original) {
			super(versioned);
			this.original = original;
		}

		@Override
		public String encodeURL(String url) {
			return isFileLink(url) ? super.encodeURL(url) : this.original.encodeURL(url);
		}

	}

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		// The core style sheet's name carries a hash of its content.
		registry.addResourceHandler(FILE_PATTERNS)
			.addResourceLocations("classpath:/static/")
			.setCacheControl(A_WEEK)
			.resourceChain(true)
			.addResolver(new VersionResourceResolver().addContentVersionStrategy("/core/**"));
		// htmx by its version-free path; the webjar locator adds the version.
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(A_WEEK)
			.resourceChain(true);
	}

}
