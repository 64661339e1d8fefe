package eu.dhso.web;

import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.testsupport.ObservatoryTest;
import eu.dhso.web.AccessMatrixTests.Rule;
import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * OWASP ASVS checks over every endpoint of the access matrix rather than a sample: every
 * POST needs the CSRF token (V4.2.2, V50.4), every page a signed-in person sees is
 * {@code no-store} (V8.2.1), and every query parameter of every GET endpoint takes
 * hostile input (SQL-looking text, wildcards, backslashes, NUL, markup, very long text)
 * without an error, a database message or the markup coming back (V1.2, V5.3).
 */
@ObservatoryTest
class EveryEndpointTests {

	/** What a visitor might type into any search box or filter. */
	static final List<String> HOSTILE = List.of("' or 1=1 --", "'; drop table core.user_account; --", "%", "_%", "\\",
			"\\'", "\u0000", "<script>alert('dhso')</script>", "\"><img src=x onerror=alert(1)>",
			"ąčęėįšųūž ăâîșț ψηφιακή υγεία", "x".repeat(4000), "${7*7}", "../../etc/passwd");

	/** Signs of an error that reached the page. */
	static final List<String> LEAKS = List.of("SQLState", "PSQLException", "org.postgresql", "syntax error at or near",
			"Exception", "at org.", "at eu.dhso", "<script>alert('dhso')</script>", "<img src=x onerror");

	static final List<String> ROLES = List.of("ADMIN", "EDITOR", "PARTNER", "TRAINER", "PROFESSIONAL", "MENTOR");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Test
	void everyPostWithoutAValidCsrfTokenIsRefused() throws Exception {
		List<String> accepted = new ArrayList<>();
		List<String[]> posts = new ArrayList<>();
		for (Rule rule : AccessMatrixTests.readMatrix().values()) {
			if (rule.method().equals("POST")) {
				posts.add(new String[] { rule.sample(), actor(rule) });
			}
		}
		posts.add(new String[] { "/login", "anonymous" });
		posts.add(new String[] { "/logout", "PROFESSIONAL" });
		for (String[] post : posts) {
			MockHttpServletRequestBuilder without = post(post[0]).param("username", "professional")
				.param("password", "skills-compass-58")
				.accept("text/html");
			MockHttpServletRequestBuilder invalid = post(post[0]).with(csrf().useInvalidToken())
				.param("username", "professional")
				.param("password", "skills-compass-58")
				.accept("text/html");
			for (MockHttpServletRequestBuilder request : List.of(without, invalid)) {
				as(request, post[1]);
				int status = this.mvc.perform(request).andReturn().getResponse().getStatus();
				if (status != 403) {
					accepted.add("POST %s as %s: %d".formatted(post[0], post[1], status));
				}
			}
		}
		assertThat(posts).hasSizeGreaterThan(80);
		assertThat(accepted).isEmpty();
	}

	@Test
	void everyPageOfASignedInPersonIsNeverStored() throws Exception {
		List<String> stored = new ArrayList<>();
		for (Rule rule : AccessMatrixTests.readMatrix().values()) {
			if (!rule.method().equals("GET")) {
				continue;
			}
			String actor = rule.allows("PROFESSIONAL") ? "PROFESSIONAL" : actor(rule);
			MockHttpServletResponse response = this.mvc.perform(as(get(rule.sample()).accept("text/html"), actor))
				.andReturn()
				.getResponse();
			String cacheControl = response.getHeader("Cache-Control");
			if (cacheControl == null || !cacheControl.contains("no-store")) {
				stored.add("GET %s as %s (%d): Cache-Control %s".formatted(rule.sample(), actor, response.getStatus(),
						cacheControl));
			}
		}
		assertThat(stored).isEmpty();
	}

	@Test
	void everyQueryParameterTakesHostileInput() throws Exception {
		Map<String, HandlerMethod> handlers = MappedEndpoints.handlers(this.handlerMapping);
		List<String> problems = new ArrayList<>();
		int requests = 0;
		for (Rule rule : AccessMatrixTests.readMatrix().values()) {
			if (!rule.method().equals("GET")) {
				continue;
			}
			Map<String, Class<?>> parameters = parameters(handlers.get(rule.key()));
			String actor = actor(rule);
			for (var parameter : parameters.entrySet()) {
				boolean text = parameter.getValue() == String.class;
				for (String value : text ? HOSTILE : HOSTILE.subList(0, 2)) {
					requests++;
					String problem;
					try {
						problem = problem(this.mvc
							.perform(as(get(rule.sample()).param(parameter.getKey(), value).accept("text/html"), actor))
							.andReturn()
							.getResponse());
					}
					catch (Exception ex) {
						// unhandled: a real server answers 500
						problem = "server error: " + ex.getMessage().lines().findFirst().orElse("");
					}
					if (problem != null) {
						problems.add("GET %s?%s=%s as %s: %s".formatted(rule.sample(), parameter.getKey(), shown(value),
								actor, problem));
					}
				}
			}
		}
		assertThat(requests).as("hostile requests sent").isGreaterThan(500);
		assertThat(problems).isEmpty();
	}

	@Test
	void aNulCharacterInAFormIsRefusedBeforeItReachesTheDatabase() throws Exception {
		String username = "nul-" + java.util.UUID.randomUUID().toString().substring(0, 8);
		MockHttpServletResponse response = this.mvc
			.perform(post("/register").with(csrf())
				.param("username", username)
				.param("displayName", "Nul\u0000Name")
				.param("password", "a quiet harbour at dusk")
				.param("confirmPassword", "a quiet harbour at dusk")
				.accept("text/html"))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).isEqualTo(400);
		assertThat(this.accounts.findByUsernameIgnoreCase(username)).isEmpty();
	}

	/**
	 * An error, a leak, or markup that came back (a refusal of a value that is not a
	 * number or a date is fine).
	 */
	private static String problem(MockHttpServletResponse response) throws Exception {
		int status = response.getStatus();
		if (status >= 500) {
			return "server error " + status;
		}
		String body = response.getContentAsString(StandardCharsets.UTF_8);
		for (String leak : LEAKS) {
			if (body.contains(leak)) {
				return "the answer contains '" + leak + "'";
			}
		}
		return null;
	}

	private static String shown(String value) {
		String printable = value.replace("\u0000", "\\0");
		return (printable.length() > 40) ? printable.substring(0, 12) + "…(" + printable.length() + ")" : printable;
	}

	/**
	 * Who opens a rule's sample: anonymous when anyone may, else the first role allowed.
	 */
	private static String actor(Rule rule) {
		if (rule.allows(Rule.ANONYMOUS)) {
			return Rule.ANONYMOUS;
		}
		return ROLES.stream().filter(rule::allows).findFirst().orElseThrow();
	}

	private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String role) {
		if (!role.equals(Rule.ANONYMOUS)) {
			request.with(user(new ObservatoryUser(
					this.accounts.findByUsernameIgnoreCase(AccessMatrixTests.ROLE_ACCOUNTS.get(role)).orElseThrow())));
		}
		return request;
	}

	/**
	 * The query parameters a handler reads: its request parameters and the fields of its
	 * query objects, with their types.
	 */
	static Map<String, Class<?>> parameters(HandlerMethod handler) {
		Map<String, Class<?>> parameters = new LinkedHashMap<>();
		if (handler == null) {
			return parameters;
		}
		for (MethodParameter parameter : handler.getMethodParameters()) {
			parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
			Class<?> type = parameter.nestedIfOptional().getNestedParameterType();
			if (parameter.hasParameterAnnotation(PathVariable.class)
					|| parameter.hasParameterAnnotation(AuthenticationPrincipal.class)) {
				continue;
			}
			RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
			if (requestParam != null) {
				if (!Map.class.isAssignableFrom(type)) {
					String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
					parameters.put(name, element(parameter, type));
				}
			}
			else if (type.getName().startsWith("eu.dhso.")
					&& (parameter.hasParameterAnnotation(ModelAttribute.class) || !type.isEnum())) {
				fields(type, parameters);
			}
			else if ((type == String.class || ClassUtils.isPrimitiveOrWrapper(type) || type.isEnum())
					&& parameter.getParameterName() != null) {
				parameters.put(parameter.getParameterName(), type);
			}
		}
		return parameters;
	}

	private static Class<?> element(MethodParameter parameter, Class<?> type) {
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			Class<?> element = type.isArray() ? type.getComponentType()
					: org.springframework.core.ResolvableType.forMethodParameter(parameter)
						.asCollection()
						.resolveGeneric(0);
			return (element != null) ? element : String.class;
		}
		return (type == Optional.class) ? String.class : type;
	}

	private static void fields(Class<?> type, Map<String, Class<?>> parameters) {
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				parameters.put(component.getName(), component.getType());
			}
			return;
		}
		for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
			if (property.getWriteMethod() != null) {
				parameters.put(property.getName(), property.getPropertyType());
			}
		}
	}

}
