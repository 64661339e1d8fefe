package eu.dhso.core.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.expression.EvaluationContext;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.hierarchicalroles.RoleHierarchyImpl;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.web.access.expression.DefaultHttpSecurityExpressionHandler;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import static org.assertj.core.api.Assertions.assertThat;

class PageAuthorizationTests {

	private static final List<String> EXPRESSIONS = List.of("hasRole('ADMIN')", "isAuthenticated()", "isAnonymous()",
			"hasRole('TRAINER')", "hasAnyRole('TRAINER', 'EDITOR', 'ADMIN')",
			"hasAnyRole('PARTNER','TRAINER','EDITOR','ADMIN')", "hasAnyRole('EDITOR','ADMIN')",
			"hasRole('PROFESSIONAL')", "hasAnyRole( 'PROFESSIONAL' , 'TRAINER' )");

	private static final Map<String, Authentication> VISITORS = Map.of("anonymous",
			new AnonymousAuthenticationToken("key", "anonymousUser",
					AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")),
			"admin", signedIn("ROLE_ADMIN"), "trainer", signedIn("ROLE_TRAINER"), "editor", signedIn("ROLE_EDITOR"),
			"partner", signedIn("ROLE_PARTNER"), "professional", signedIn("ROLE_PROFESSIONAL"), "not yet signed in",
			UsernamePasswordAuthenticationToken.unauthenticated("someone", "secret"), "no role",
			signedIn("SCOPE_read"));

	@Test
	void keptExpressionsDecideAsSpringSecuritysExpressions() {
		DefaultHttpSecurityExpressionHandler handler = new DefaultHttpSecurityExpressionHandler();
		PageAuthorization.Expressions kept = new PageAuthorization.Expressions("ROLE_", null);
		for (String expression : EXPRESSIONS) {
			assertThat(kept.manager(expression)).as(expression).isNotNull();
			VISITORS.forEach((who, authentication) -> {
				EvaluationContext context = handler.createEvaluationContext(authentication,
						new RequestAuthorizationContext(new MockHttpServletRequest("GET", "/")));
				boolean expected = ExpressionUtils
					.evaluateAsBoolean(new SpelExpressionParser().parseExpression(expression), context);
				assertThat(kept.granted(kept.manager(expression), authentication)).as(expression + " for " + who)
					.isEqualTo(expected);
			});
		}
	}

	@Test
	void aRoleHierarchyCountsAsInExpressions() {
		PageAuthorization.Expressions kept = new PageAuthorization.Expressions("ROLE_",
				RoleHierarchyImpl.fromHierarchy("ROLE_ADMIN > ROLE_EDITOR"));
		assertThat(kept.granted(kept.manager("hasRole('EDITOR')"), signedIn("ROLE_ADMIN"))).isTrue();
		assertThat(kept.granted(kept.manager("hasRole('ADMIN')"), signedIn("ROLE_EDITOR"))).isFalse();
	}

	/** Anything else is the dialect's to evaluate, as before. */
	@Test
	void otherExpressionsAreNotKept() {
		PageAuthorization.Expressions kept = new PageAuthorization.Expressions("ROLE_", null);
		for (String expression : List.of("hasRole('ADMIN') and isAuthenticated()", "!isAnonymous()",
				"hasRole('ROLE_ADMIN')", "hasRole('ADMIN', 'EDITOR')", "hasRole()", "hasAnyRole()",
				"isAuthenticated('x')", "hasAuthority('ROLE_ADMIN')", "${admin}", "hasAnyRole('A''B')",
				"principal.username == 'admin'")) {
			assertThat(kept.manager(expression)).as(expression).isNull();
		}
	}

	private static Authentication signedIn(String authority) {
		TestingAuthenticationToken token = new TestingAuthenticationToken("someone", "secret", authority);
		token.setAuthenticated(true);
		return token;
	}

}
