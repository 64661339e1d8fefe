package eu.dhso.core.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.config.EmbeddedValueResolver;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Looking a path up among the mappings of its first segment finds what Spring MVC's own
 * look-up over every mapping finds, for every mapped path and method of the application.
 */
@ObservatoryTest
class RouteLookupTests {

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	ApplicationContext context;

	@Test
	void everyMappedPathFindsTheSameHandlerAsSpringsLookUp() throws Exception {
		assertThat(this.mappings).isInstanceOf(RouteLookup.Mappings.class);
		RequestMappingHandlerMapping plain = new RequestMappingHandlerMapping();
		plain.setApplicationContext(this.context);
		plain.setEmbeddedValueResolver(
				new EmbeddedValueResolver(((ConfigurableApplicationContext) this.context).getBeanFactory()));
		plain.setContentNegotiationManager(this.mappings.getContentNegotiationManager());
		plain.afterPropertiesSet();
		Set<String> paths = new LinkedHashSet<>(
				List.of("/", "/nowhere/1", "/CASES/1", "/c%61ses/1", "/cases;x=1/1", "/cases/1/", "//cases/1"));
		Set<String> methods = new LinkedHashSet<>(List.of("GET", "POST", "OPTIONS"));
		for (RequestMappingInfo info : plain.getHandlerMethods().keySet()) {
			info.getMethodsCondition().getMethods().forEach((m) -> methods.add(m.name()));
			for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
				paths.add(sample(pattern.getPatternString()));
			}
		}
		assertThat(paths).hasSizeGreaterThan(200);
		List<String> differences = new ArrayList<>();
		int found = 0;
		for (String path : paths) {
			for (String method : methods) {
				String expected = handler(plain, method, path);
				String actual = handler(this.mappings, method, path);
				if (!expected.equals(actual)) {
					differences.add(method + " " + path + ": " + actual + " instead of " + expected);
				}
				found += expected.startsWith("handler ") ? 1 : 0;
			}
		}
		assertThat(differences).isEmpty();
		assertThat(found).isGreaterThan(200);
	}

	/** A path the pattern matches: each variable and wildcard given a value. */
	private static String sample(String pattern) {
		return pattern.replaceAll("\\{\\*[^}]+}", "a/b")
			.replaceAll("\\{[^}]+}", "1")
			.replace("**", "a/b")
			.replace("*", "a");
	}

	private static String handler(RequestMappingHandlerMapping mapping, String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		request.addHeader("Accept", "text/html");
		if ("OPTIONS".equals(method)) {
			request.addHeader("Origin", "https://elsewhere.example");
			request.addHeader("Access-Control-Request-Method", "POST");
		}
		ServletRequestPathUtils.parseAndCache(request);
		try {
			HandlerExecutionChain chain = mapping.getHandler(request);
			if (chain == null) {
				return "none";
			}
			// a preflight's handler is made for each request
			return (chain.getHandler() instanceof HandlerMethod handlerMethod) ? "handler " + handlerMethod
					: chain.getHandler().getClass().getName();
		}
		catch (Exception ex) {
			return ex.getClass().getSimpleName();
		}
	}

}
