package eu.dhso.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.dhso.cases.workflow.CaseDrafts;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.web.AccessMatrixTests.Rule;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.DefaultParameterNameDiscoverer;
import org.springframework.core.MethodParameter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Numbers at the edge of what a parameter can hold, fed to every numeric parameter of
 * every GET endpoint (request parameters, fields of query objects, ids in the path): none
 * may cause a server error or a link to a negative or overflowed page. And an indexed
 * form list addressed far beyond any real row is refused cleanly.
 */
@ObservatoryTest
class BoundedParameterTests {

	/** The largest int, a negative number, and one no int can hold. */
	static final List<String> EXTREMES = List.of("2147483647", "-1", "1e10");

	/** A page number that wrapped around or went below zero, in a link or in JSON. */
	static final Pattern BAD_PAGE = Pattern.compile("page(?:=|\"\\s*:\\s*|%3D)(-\\d+|\\d{10,})");

	/** Pages answer with HTML, the API with JSON. */
	static final String ACCEPT = "text/html,application/json;q=0.9,*/*;q=0.8";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	CaseDrafts drafts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void hugeNegativeOrUnparseableNumbersNeverCauseAServerErrorOrAnOverflowedPageLink() throws Exception {
		Map<String, HandlerMethod> handlers = MappedEndpoints.handlers(this.handlerMapping);
		List<String> problems = new ArrayList<>();
		int requests = 0;
		for (Rule rule : AccessMatrixTests.readMatrix().values()) {
			HandlerMethod handler = handlers.get(rule.key());
			if (!rule.method().equals("GET") || handler == null) {
				continue;
			}
			List<String> numeric = numericParameters(handler);
			List<String> ids = numericPathVariables(handler);
			if (numeric.isEmpty() && ids.isEmpty()) {
				continue;
			}
			for (String actor : actors(rule)) {
				for (String value : EXTREMES) {
					for (String parameter : numeric) {
						requests++;
						check(get(rule.sample()).param(parameter, value), actor,
								"GET %s?%s=%s".formatted(rule.sample(), parameter, value), problems);
					}
					for (String id : ids) {
						String path = withPathVariable(rule, id, value);
						if (path != null) {
							requests++;
							check(get(path), actor, "GET " + path, problems);
						}
					}
				}
			}
		}
		assertThat(requests).as("requests with extreme numbers").isGreaterThan(200);
		assertThat(problems).isEmpty();
	}

	@Test
	void theListingsNamedInTheIssueClampTheirPage() throws Exception {
		List<String> problems = new ArrayList<>();
		Map<String, String> listings = new LinkedHashMap<>();
		listings.put("/api/v1/cases", Rule.ANONYMOUS);
		listings.put("/api/v1/reports", Rule.ANONYMOUS);
		listings.put("/api/v1/indicators", Rule.ANONYMOUS);
		listings.put("/lab/catalogue", Rule.ANONYMOUS);
		listings.put("/cases", Rule.ANONYMOUS);
		listings.put("/admin/users", "ADMIN");
		listings.put("/admin/audit", "ADMIN");
		listings.put("/admin/organisations", "ADMIN");
		listings.put("/cases/review", "EDITOR");
		listings.put("/cases/my", "PARTNER");
		for (var listing : listings.entrySet()) {
			for (String page : List.of("2147483647", "2147483646", "1000000")) {
				MockHttpServletResponse response = check(get(listing.getKey()).param("page", page).param("size", "100"),
						listing.getValue(), "GET %s?page=%s".formatted(listing.getKey(), page), problems);
				if (response != null) {
					assertThat(response.getStatus()).as("GET %s?page=%s", listing.getKey(), page).isLessThan(400);
				}
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void aCaseFormRowFarBeyondAnyRealRowIsRefusedWithoutAServerError() throws Exception {
		String draft = UploadTests.partnersDraft(this.jdbc, this.drafts, this.accounts);
		for (String index : List.of("300", "2147483647", "99999999999", "-1")) {
			for (String path : List.of("/cases/my/" + draft + "/edit/skills", "/cases/my")) {
				MockHttpServletRequestBuilder request = post(path).with(csrf())
					.param("title", "Row bound check")
					.param("skills[" + index + "].competenceId", "1")
					.param("skills[" + index + "].importance", "2")
					.param("indicators[" + index + "].name", "x")
					.accept("text/html");
				MockHttpServletResponse response = this.mvc.perform(as(request, "PARTNER")).andReturn().getResponse();
				assertThat(response.getStatus()).as("POST %s with skills[%s]", path, index).isEqualTo(400);
				assertThat(response.getContentAsString(StandardCharsets.UTF_8)).doesNotContain("Exception", "??");
			}
		}
		// the draft is unchanged and still opens
		MockHttpServletResponse page = this.mvc
			.perform(as(get("/cases/my/" + draft + "/edit/skills").accept("text/html"), "PARTNER"))
			.andReturn()
			.getResponse();
		assertThat(page.getStatus()).isEqualTo(200);
	}

	/** Sends one request; records a server error or an overflowed page link. */
	private MockHttpServletResponse check(MockHttpServletRequestBuilder request, String actor, String what,
			List<String> problems) {
		try {
			MockHttpServletResponse response = this.mvc.perform(as(request.accept(ACCEPT), actor))
				.andReturn()
				.getResponse();
			if (response.getStatus() >= 500) {
				problems.add("%s as %s: server error %d".formatted(what, actor, response.getStatus()));
			}
			String body = response.getContentAsString(StandardCharsets.UTF_8);
			Matcher bad = BAD_PAGE.matcher(body);
			if (bad.find()) {
				problems.add("%s as %s: link to page %s".formatted(what, actor, bad.group(1)));
			}
			return response;
		}
		catch (Exception ex) {
			// unhandled: a real server answers 500
			problems.add("%s as %s: server error: %s".formatted(what, actor, ex));
			return null;
		}
	}

	/** Anonymous, and the role that may open the page (the first one allowed). */
	private static Set<String> actors(Rule rule) {
		Set<String> actors = new LinkedHashSet<>();
		actors.add(Rule.ANONYMOUS);
		EveryEndpointTests.ROLES.stream().filter(rule::allows).findFirst().ifPresent(actors::add);
		return actors;
	}

	/** Request parameters and query-object fields whose type is a number. */
	static List<String> numericParameters(HandlerMethod handler) {
		List<String> numeric = new ArrayList<>();
		EveryEndpointTests.parameters(handler).forEach((name, type) -> {
			if (isNumber(type)) {
				numeric.add(name);
			}
		});
		return numeric;
	}

	static List<String> numericPathVariables(HandlerMethod handler) {
		List<String> ids = new ArrayList<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			PathVariable variable = parameter.getParameterAnnotation(PathVariable.class);
			if (variable != null && isNumber(parameter.getParameterType())) {
				parameter.initParameterNameDiscovery(new DefaultParameterNameDiscoverer());
				ids.add(!variable.value().isEmpty() ? variable.value() : parameter.getParameterName());
			}
		}
		return ids;
	}

	/**
	 * The rule's sample with one path variable replaced, the segments matched by
	 * position.
	 */
	private static String withPathVariable(Rule rule, String variable, String value) {
		String[] pattern = rule.pattern().split("/");
		String[] sample = rule.sample().split("/");
		if (pattern.length != sample.length) {
			return null;
		}
		for (int i = 0; i < pattern.length; i++) {
			if (pattern[i].equals("{" + variable + "}") || pattern[i].startsWith("{" + variable + ":")) {
				sample[i] = value;
				return String.join("/", sample);
			}
		}
		return null;
	}

	private static boolean isNumber(Class<?> type) {
		Class<?> wrapper = ClassUtils.resolvePrimitiveIfNecessary(type);
		return Number.class.isAssignableFrom(wrapper) || wrapper == BigDecimal.class || wrapper == BigInteger.class;
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String role) {
		if (!role.equals(Rule.ANONYMOUS)) {
			request.with(user(new ObservatoryUser(
					this.accounts.findByUsernameIgnoreCase(AccessMatrixTests.ROLE_ACCOUNTS.get(role)).orElseThrow())));
		}
		return request;
	}

}
