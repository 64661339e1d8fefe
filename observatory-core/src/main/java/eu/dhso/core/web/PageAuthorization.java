package eu.dhso.core.web;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.extras.springsecurity6.auth.AuthUtils;
import org.thymeleaf.extras.springsecurity6.dialect.SpringSecurityDialect;
import org.thymeleaf.extras.springsecurity6.dialect.processor.AuthorizeAttrProcessor;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.standard.processor.AbstractStandardConditionalVisibilityTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.access.hierarchicalroles.RoleHierarchy;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.core.GrantedAuthorityDefaults;
import org.springframework.security.core.Authentication;

/**
 * {@code sec:authorize} with each expression read once.
 * <p>
 * The dialect's own processor parses the expression, looks the expression handler up
 * among the context's beans and builds an evaluation context for every element it is on:
 * five times on every page in the layout alone, 9 % of the CPU of the benchmark's pages.
 * The forms pages use ({@code hasRole('A')}, {@code hasAnyRole('A', 'B')},
 * {@code isAuthenticated()}, {@code isAnonymous()}) become Spring Security's own
 * authorization managers, kept per text, with the same role prefix and role hierarchy as
 * the expressions; any other expression is left to the dialect, as before.
 */
@Configuration(proxyBeanMethods = false)
class PageAuthorization {

	/** Takes the place of the dialect Spring Boot would otherwise register. */
	@Bean
	SpringSecurityDialect securityDialect(ObjectProvider<GrantedAuthorityDefaults> defaults,
			ObjectProvider<RoleHierarchy> hierarchy) {
		GrantedAuthorityDefaults prefix = defaults.getIfAvailable();
		return new Dialect(
				new Expressions((prefix != null) ? prefix.getRolePrefix() : "ROLE_", hierarchy.getIfAvailable()));
	}

	static final class Dialect extends SpringSecurityDialect {

		private final Expressions expressions;

		Dialect(Expressions expressions) {
			this.expressions = expressions;
		}

		@Override
		public Set<IProcessor> getProcessors(String prefix) {
			Set<IProcessor> processors = new LinkedHashSet<>();
			for (IProcessor processor : super.getProcessors(prefix)) {
				if (processor instanceof AuthorizeAttrProcessor authorize) {
					processors.add(new KeptAuthorize(authorize.getTemplateMode(), prefix,
							authorize.getMatchingAttributeName().getMatchingAttributeName().getAttributeName(),
							this.expressions));
				}
				else {
					processors.add(processor);
				}
			}
			return processors;
		}

	}

	/** The dialect's processor's attribute, precedence and answers, kept expressions. */
	static final class KeptAuthorize extends AbstractStandardConditionalVisibilityTagProcessor {

		private final Expressions expressions;

		KeptAuthorize(TemplateMode mode, String prefix, String attribute, Expressions expressions) {
			super(mode, prefix, attribute, AuthorizeAttrProcessor.ATTR_PRECEDENCE);
			this.expressions = expressions;
		}

		@Override
		protected boolean isVisible(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue) {
			String expression = (attributeValue != null) ? attributeValue.trim() : "";
			if (expression.isEmpty()) {
				return false;
			}
			Authentication authentication = AuthUtils.getAuthenticationObject(context);
			if (authentication == null) {
				return false;
			}
			AuthorizationManager<Object> manager = this.expressions.manager(expression);
			return (manager != null) ? this.expressions.granted(manager, authentication)
					: AuthUtils.authorizeUsingAccessExpression(context, expression, authentication);
		}

	}

	/** The managers of the expressions read so far, by their text. */
	static final class Expressions {

		private static final Pattern CALL = Pattern
			.compile("(hasRole|hasAnyRole|isAuthenticated|isAnonymous)\\(\\s*('\\w+'(?:\\s*,\\s*'\\w+')*)?\\s*\\)");

		private static final Pattern ROLE = Pattern.compile("'(\\w+)'");

		private final String rolePrefix;

		private final @Nullable RoleHierarchy hierarchy;

		private final Map<String, AuthorizationManager<Object>> managers = new ConcurrentHashMap<>();

		Expressions(String rolePrefix, @Nullable RoleHierarchy hierarchy) {
			this.rolePrefix = rolePrefix;
			this.hierarchy = hierarchy;
		}

		/**
		 * The manager of one of the simple forms; null for any other expression. Only
		 * those are kept, and they are the templates' own texts, so the map stays small.
		 */
		@Nullable AuthorizationManager<Object> manager(String expression) {
			AuthorizationManager<Object> kept = this.managers.get(expression);
			if (kept == null) {
				kept = parse(expression);
				if (kept != null) {
					this.managers.putIfAbsent(expression, kept);
				}
			}
			return kept;
		}

		boolean granted(AuthorizationManager<Object> manager, Authentication authentication) {
			Supplier<Authentication> supplier = () -> authentication;
			AuthorizationResult result = manager.authorize(supplier, authentication);
			return result != null && result.isGranted();
		}

		private @Nullable AuthorizationManager<Object> parse(String expression) {
			Matcher call = CALL.matcher(expression);
			if (!call.matches()) {
				return null;
			}
			String[] roles = (call.group(2) != null)
					? ROLE.matcher(call.group(2)).results().map((r) -> r.group(1)).toArray(String[]::new)
					: new String[0];
			// a role written with its prefix is the expression's to read (the manager
			// refuses it)
			if (Arrays.stream(roles).anyMatch((role) -> role.startsWith(this.rolePrefix))) {
				return null;
			}
			return switch (call.group(1)) {
				case "isAuthenticated" ->
					(roles.length == 0) ? AuthenticatedAuthorizationManager.authenticated() : null;
				case "isAnonymous" -> (roles.length == 0) ? AuthenticatedAuthorizationManager.anonymous() : null;
				case "hasRole" -> (roles.length == 1) ? roles(roles) : null;
				default -> (roles.length > 0) ? roles(roles) : null;
			};
		}

		private AuthorizationManager<Object> roles(String[] roles) {
			AuthorityAuthorizationManager<Object> manager = AuthorityAuthorizationManager.hasAnyRole(this.rolePrefix,
					Arrays.copyOf(roles, roles.length));
			if (this.hierarchy != null) {
				manager.setRoleHierarchy(this.hierarchy);
			}
			return manager;
		}

	}

}
