package eu.dhso.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every endpoint the application maps, for every role and for anonymous visitors, against
 * {@code security/access-matrix.txt}. A new endpoint without a line there fails the test,
 * so nobody ships a page whose audience was never decided.
 */
@ObservatoryTest
class AccessMatrixTests {

	static final String MATRIX = "security/access-matrix.txt";

	/** How Thymeleaf shows a message key that no bundle has: {@code ??key_en??}. */
	static final Pattern MISSING_KEY = Pattern.compile("\\?\\?[^?<\\n]{1,80}_[a-z]{2}(?:_[A-Z]{2})?\\?\\?");

	/** The demo account that stands for each role. */
	static final Map<String, String> ROLE_ACCOUNTS = Map.of("ADMIN", "admin", "EDITOR", "editor", "PARTNER", "partner",
			"TRAINER", "trainer", "PROFESSIONAL", "professional", "MENTOR", "mentor");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyMappedEndpointHasALineInTheAccessMatrix() throws IOException {
		Map<String, Rule> matrix = readMatrix();
		List<String> missing = mappedEndpoints().stream().filter((endpoint) -> !matrix.containsKey(endpoint)).toList();
		assertThat(missing).as("endpoints without a line in %s (add one: METHOD pattern sample-path roles)", MATRIX)
			.isEmpty();
	}

	@Test
	void everyLineOfTheAccessMatrixNamesAMappedEndpoint() throws IOException {
		Set<String> mapped = mappedEndpoints();
		List<String> stale = readMatrix().keySet().stream().filter((line) -> !mapped.contains(line)).toList();
		assertThat(stale).as("lines in %s for endpoints that no longer exist", MATRIX).isEmpty();
	}

	@Test
	void everyRoleReachesExactlyTheEndpointsTheMatrixAllows() throws Exception {
		List<String> violations = new ArrayList<>();
		for (Rule rule : readMatrix().values()) {
			for (String role : Rule.AUDIENCES) {
				boolean allowed = rule.allows(role);
				MockHttpServletResponse response = perform(rule, role);
				boolean refused = refused(response, role);
				if (allowed == refused) {
					violations.add("%s %s as %s: expected %s, got %d %s".formatted(rule.method(), rule.sample(), role,
							allowed ? "access" : "refusal", response.getStatus(),
							(response.getRedirectedUrl() != null) ? "-> " + response.getRedirectedUrl() : ""));
				}
				String missingKey = missingMessageKey(response);
				if (missingKey != null) {
					violations.add("%s %s as %s shows a missing message key: %s".formatted(rule.method(), rule.sample(),
							role, missingKey));
				}
			}
		}
		assertThat(violations).isEmpty();
	}

	private MockHttpServletResponse perform(Rule rule, String role) throws Exception {
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(rule.method()), rule.sample())
			.accept("text/html");
		if (rule.method().equals("POST")) {
			request.with(csrf());
		}
		if (!role.equals(Rule.ANONYMOUS)) {
			request.with(user(new ObservatoryUser(
					this.accounts.findByUsernameIgnoreCase(ROLE_ACCOUNTS.get(role)).orElseThrow())));
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	/**
	 * Thymeleaf's {@code ??key_locale??} for a message key no bundle has, in any page
	 * every role opens; null when there is none.
	 */
	static String missingMessageKey(MockHttpServletResponse response) throws UnsupportedEncodingException {
		String type = response.getContentType();
		if (type == null || !type.startsWith("text/html")) {
			return null;
		}
		Matcher missing = MISSING_KEY.matcher(response.getContentAsString(StandardCharsets.UTF_8));
		return missing.find() ? missing.group() : null;
	}

	/** Anonymous visitors are sent to sign in; signed-in users get 403. */
	private static boolean refused(MockHttpServletResponse response, String role) {
		if (role.equals(Rule.ANONYMOUS)) {
			String location = response.getRedirectedUrl();
			return response.getStatus() == 401
					|| (response.getStatus() == 302 && location != null && location.endsWith("/login"));
		}
		return response.getStatus() == 403;
	}

	/**
	 * "METHOD pattern" for every GET and POST handler; unrestricted handlers count as
	 * both.
	 */
	private Set<String> mappedEndpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (RequestMappingInfo info : this.handlerMapping.getHandlerMethods().keySet()) {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String pattern : info.getPatternValues()) {
				for (RequestMethod method : List.of(RequestMethod.GET, RequestMethod.POST)) {
					if (methods.isEmpty() || methods.contains(method)) {
						endpoints.add(method + " " + pattern);
					}
				}
			}
		}
		return endpoints;
	}

	static Map<String, Rule> readMatrix() throws IOException {
		Map<String, Rule> rules = new LinkedHashMap<>();
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(new ClassPathResource(MATRIX).getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				line = line.strip();
				if (line.isEmpty() || line.startsWith("#")) {
					continue;
				}
				Rule rule = Rule.parse(line);
				assertThat(rules.put(rule.key(), rule)).as("duplicate line for %s", rule.key()).isNull();
			}
		}
		return rules;
	}

	/**
	 * One line of the matrix: method, pattern, a concrete path to request, and who may
	 * open it: {@code anyone}, {@code signed-in}, or a comma-separated list of roles.
	 */
	record Rule(String method, String pattern, String sample, Set<String> audience) {

		static final String ANONYMOUS = "anonymous";

		static final List<String> AUDIENCES = List.of(ANONYMOUS, "ADMIN", "EDITOR", "PARTNER", "TRAINER",
				"PROFESSIONAL", "MENTOR");

		static Rule parse(String line) {
			String[] fields = line.split("\\s+");
			assertThat(fields).as("line '%s' needs: METHOD pattern sample-path roles", line).hasSize(4);
			Set<String> audience = new TreeSet<>();
			switch (fields[3]) {
				case "anyone" -> audience.addAll(AUDIENCES);
				case "signed-in" -> audience.addAll(AUDIENCES.subList(1, AUDIENCES.size()));
				default -> {
					for (String role : fields[3].split(",")) {
						assertThat(AUDIENCES).as("role %s in line '%s'", role, line).contains(role);
						audience.add(role);
					}
				}
			}
			return new Rule(fields[0], fields[1], fields[2], audience);
		}

		String key() {
			return this.method + " " + this.pattern;
		}

		boolean allows(String role) {
			return this.audience.contains(role);
		}

	}

}
