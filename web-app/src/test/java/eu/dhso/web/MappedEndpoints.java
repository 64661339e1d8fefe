package eu.dhso.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.core.io.ClassPathResource;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The endpoints the application maps, as {@code "METHOD pattern"} the way the security
 * tables under {@code security/} name them, and the lines of those tables.
 */
final class MappedEndpoints {

	private MappedEndpoints() {
	}

	/** Every GET and POST endpoint; unrestricted handlers count as both. */
	static Set<String> of(RequestMappingHandlerMapping mapping) {
		return handlers(mapping).keySet();
	}

	/** Every GET and POST endpoint with its handler method. */
	static Map<String, HandlerMethod> handlers(RequestMappingHandlerMapping mapping) {
		Map<String, HandlerMethod> endpoints = new TreeMap<>();
		mapping.getHandlerMethods().forEach((RequestMappingInfo info, HandlerMethod handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : List.of(RequestMethod.GET, RequestMethod.POST)) {
					if (methods.isEmpty() || methods.contains(method)) {
						endpoints.put(method + " " + pattern, handler);
					}
				}
			}
		});
		return endpoints;
	}

	/** Endpoints whose path names an object: any pattern with a variable. */
	static Set<String> idBearing(RequestMappingHandlerMapping mapping) {
		Set<String> endpoints = new TreeSet<>();
		for (String endpoint : of(mapping)) {
			if (endpoint.contains("{")) {
				endpoints.add(endpoint);
			}
		}
		return endpoints;
	}

	/** The non-blank, non-comment lines of a table, stripped. */
	static List<String> lines(String resource) throws IOException {
		List<String> lines = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(resource).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				line = line.strip();
				if (!line.isEmpty() && !line.startsWith("#")) {
					lines.add(line);
				}
			}
		}
		return lines;
	}

}
