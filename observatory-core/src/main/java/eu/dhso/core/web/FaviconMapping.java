package eu.dhso.core.web;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.servlet.resource.CachingResourceResolver;
import org.springframework.web.servlet.resource.PathResourceResolver;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;

/**
 * Browsers ask for /favicon.ico on every page whatever the layout links. It is a static
 * file, the same for everyone, so it is served as a resource (cacheable for a week), not
 * by a controller whose answers could be personal and are never stored.
 */
@Configuration(proxyBeanMethods = false)
class FaviconMapping {

	@Bean
	SimpleUrlHandlerMapping faviconHandlerMapping() {
		ResourceHttpRequestHandler handler = new ResourceHttpRequestHandler();
		handler.setLocations(List.of(new ClassPathResource("static/core/")));
		// Every page links it: the look-up in the jar is done once, then cached. The
		// pattern has a wildcard so that the path within it is the file's name: for an
		// exact "/favicon.ico" it is empty, a miss that is looked up on every render.
		handler.setResourceResolvers(
				List.of(new CachingResourceResolver(new ConcurrentMapCache("favicon")), new PathResourceResolver()));
		handler.setMediaTypes(Map.of("ico", MediaType.parseMediaType("image/x-icon")));
		handler.setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic());
		try {
			handler.afterPropertiesSet();
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot serve the favicon", ex);
		}
		SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/*.ico", handler));
		mapping.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return mapping;
	}

}
