package eu.dhso.core.web;

import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.condition.PathPatternsRequestCondition;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Finds the handler of a path with variables ({@code /cases/{id}}) among the mappings of
 * its first segment only.
 * <p>
 * Spring MVC finds a path without variables by a map; any other it matches against every
 * mapping of the application, and each match asks the request, through every wrapper, for
 * its method and for the headers of a CORS preflight, four times per mapping: about 1,500
 * header look-ups for each case page, 6 % of the CPU of the benchmark's pages. A mapping
 * whose patterns all start with a literal segment cannot match a path whose first segment
 * is another, so it is skipped before those conditions are asked; every other mapping is
 * matched as before, and so is the best match among those that do.
 */
@Configuration(proxyBeanMethods = false)
class RouteLookup {

	@Bean
	WebMvcRegistrations routesByFirstSegment() {
		return new WebMvcRegistrations() {
			@Override
			public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
				return new Mappings();
			}
		};
	}

	static final class Mappings extends RequestMappingHandlerMapping {

		/** The first segment of the path being looked up, while it is. */
		private static final ThreadLocal<String> FIRST_SEGMENT = new ThreadLocal<>();

		/** Each mapping's literal first segments; empty when any pattern has none. */
		private final Map<RequestMappingInfo, Optional<Set<String>>> firstSegments = new ConcurrentHashMap<>();

		@Override
		protected @Nullable HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request)
				throws Exception {
			String previous = FIRST_SEGMENT.get();
			FIRST_SEGMENT.set(firstSegment(request));
			try {
				return super.lookupHandlerMethod(lookupPath, request);
			}
			finally {
				if (previous == null) {
					FIRST_SEGMENT.remove();
				}
				else {
					FIRST_SEGMENT.set(previous);
				}
			}
		}

		@Override
		protected @Nullable RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
			String first = FIRST_SEGMENT.get();
			if (first != null) {
				Optional<Set<String>> literal = this.firstSegments.computeIfAbsent(info, this::literalFirstSegments);
				if (literal.isPresent() && !literal.get().contains(first)) {
					return null;
				}
			}
			return super.getMatchingMapping(info, request);
		}

		/** The request's first segment as patterns match it (decoded, no parameters). */
		private @Nullable String firstSegment(HttpServletRequest request) {
			if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
				return null;
			}
			RequestPath path = ServletRequestPathUtils.getParsedRequestPath(request);
			for (PathContainer.Element element : path.pathWithinApplication().elements()) {
				if (element instanceof PathContainer.PathSegment segment) {
					return key(segment.valueToMatch());
				}
			}
			return "";
		}

		private Optional<Set<String>> literalFirstSegments(RequestMappingInfo info) {
			PathPatternsRequestCondition condition = info.getPathPatternsCondition();
			if (condition == null) {
				return Optional.empty();
			}
			Set<String> segments = new HashSet<>();
			for (PathPattern pattern : condition.getPatterns()) {
				String text = pattern.getPatternString();
				if (text.isEmpty()) {
					return Optional.empty();
				}
				int start = text.startsWith("/") ? 1 : 0;
				int end = text.indexOf('/', start);
				String segment = text.substring(start, (end < 0) ? text.length() : end);
				// variables, wildcards, escapes and matrix parameters are left to the
				// pattern
				if (segment.chars().anyMatch((c) -> "{}*?%;\\".indexOf(c) >= 0)) {
					return Optional.empty();
				}
				segments.add(key(segment));
			}
			return Optional.of(Set.copyOf(segments));
		}

		private String key(String segment) {
			return (getPatternParser() != null && !getPatternParser().isCaseSensitive()) ? segment.toLowerCase()
					: segment;
		}

	}

}
