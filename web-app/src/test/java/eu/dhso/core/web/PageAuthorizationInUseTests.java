package eu.dhso.core.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.account.UserAccounts;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;
import org.thymeleaf.extras.springsecurity6.dialect.SpringSecurityDialect;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The pages' {@code sec:authorize} are read by the kept managers, never again by the
 * dialect's expression evaluation on every element.
 */
@ObservatoryTest
class PageAuthorizationInUseTests {

	private static final Pattern AUTHORIZE = Pattern.compile("sec:authorize=\"([^\"]*)\"");

	@Autowired
	SpringTemplateEngine engine;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts accounts;

	/** The layout's navigation follows who is reading, as the expressions said. */
	@Test
	void theNavigationFollowsTheReader() throws Exception {
		String anonymous = home(null);
		assertThat(anonymous).contains("href=\"/login\"", "href=\"/register\"")
			.doesNotContain("href=\"/admin/users\"", "action=\"/logout\"");
		String admin = home("admin");
		assertThat(admin).contains("href=\"/admin/users\"", "action=\"/logout\"").doesNotContain("href=\"/register\"");
		String professional = home("professional");
		assertThat(professional).contains("action=\"/logout\"")
			.doesNotContain("href=\"/admin/users\"", "href=\"/register\"");
	}

	private String home(String username) throws Exception {
		MockHttpServletRequestBuilder request = get("/").accept(MediaType.TEXT_HTML);
		if (username != null) {
			request.with(user(new ObservatoryUser(this.accounts.findByUsernameIgnoreCase(username).orElseThrow())));
		}
		return this.mvc.perform(request).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	@Test
	void theEngineHasTheKeptDialectOnly() {
		assertThat(this.engine.getDialects().stream().filter(SpringSecurityDialect.class::isInstance).toList())
			.singleElement()
			.isInstanceOf(PageAuthorization.Dialect.class);
	}

	@Test
	void everyTemplatesExpressionIsKept() throws IOException {
		PageAuthorization.Expressions kept = new PageAuthorization.Expressions("ROLE_", null);
		List<String> found = new ArrayList<>();
		for (Resource template : new PathMatchingResourcePatternResolver()
			.getResources("classpath*:templates/**/*.html")) {
			Matcher authorize = AUTHORIZE.matcher(template.getContentAsString(StandardCharsets.UTF_8));
			while (authorize.find()) {
				found.add(authorize.group(1));
				assertThat(kept.manager(authorize.group(1).trim()))
					.as(template.getFilename() + ": " + authorize.group(1))
					.isNotNull();
			}
		}
		assertThat(found).hasSizeGreaterThan(20);
	}

}
