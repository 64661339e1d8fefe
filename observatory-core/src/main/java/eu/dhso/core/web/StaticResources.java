package eu.dhso.core.web;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
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
