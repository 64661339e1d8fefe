package eu.dhso.core.security;

import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import eu.dhso.core.audit.AuditLog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.WebInvocationPrivilegeEvaluator;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * One filter chain for the whole application. Modules add their URL rules through
 * {@link AccessRules} beans; everything else needs a signed-in user.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(LoginThrottleProperties.class)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; "
			+ "frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
			+ "interest-cohort=()";

	@Bean
	SecurityFilterChain observatoryFilterChain(HttpSecurity http, List<AccessRules> moduleRules,
			AuthenticationManager authenticationManager, SessionRegistry sessionRegistry, KnownDevices knownDevices,
			ObjectProvider<WebInvocationPrivilegeEvaluator> privileges) throws Exception {
		http.authorizeHttpRequests((rules) -> {
			// HEAD and OPTIONS only ask about a resource: whoever may GET it may ask
			AuthorizationManager<RequestAuthorizationContext> asForGet = new SameAsGet(privileges);
			rules.requestMatchers(HttpMethod.HEAD).access(asForGet);
			rules.requestMatchers(HttpMethod.OPTIONS).access(asForGet);
			rules
				.requestMatchers("/", "/login", "/register", "/password/forgot", "/password/reset", "/error",
						"/framework", "/competences/*", "/core/**", "/webjars/**", "/favicon.ico", "/robots.txt",
						"/sitemap.xml", "/actuator/health", "/actuator/health/**")
				.permitAll();
			rules.requestMatchers("/admin/**").hasRole("ADMIN");
			moduleRules.forEach((moduleRule) -> moduleRule.configure(rules));
			rules.anyRequest().authenticated();
		});
		http.authenticationManager(authenticationManager);
		http.formLogin((form) -> form.loginPage("/login")
			.authenticationDetailsSource(SignInDetails::new)
			.successHandler(new SameSiteSuccessHandler(knownDevices))
			.failureHandler(new SignInFailureHandler())
			.permitAll());
		// Anonymous visitors are sent to "/login", never to a host taken from the
		// request.
		http.formLogin(
				(form) -> form.addObjectPostProcessor(new ObjectPostProcessor<LoginUrlAuthenticationEntryPoint>() {
					@Override
					public <O extends LoginUrlAuthenticationEntryPoint> O postProcess(O entryPoint) {
						entryPoint.setFavorRelativeUris(true);
						return entryPoint;
					}
				}));
		http.logout((logout) -> logout.logoutUrl("/logout")
			.logoutSuccessUrl("/?signedOut")
			.invalidateHttpSession(true)
			.deleteCookies("JSESSIONID", "SESSION"));
		// Every session is registered, unlimited in number, so that a change of an
		// account's
		// rights can end them (eu.dhso.core.account.AccountSessions).
		http.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId())
			.sessionConcurrency((concurrency) -> concurrency.maximumSessions(-1)
				.sessionRegistry(sessionRegistry)
				.expiredUrl("/login?ended")));
		// the default masking of the CSRF token, from a random source without a shared
		// lock
		XorCsrfTokenRequestAttributeHandler masking = new XorCsrfTokenRequestAttributeHandler();
		masking.setSecureRandom(new PerThreadSecureRandom());
		http.csrf((csrf) -> csrf.csrfTokenRequestHandler(masking));
		http.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new ExpiredSessionHandler()));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	/**
	 * No observation per security filter, authentication and authorization: each request
	 * started and stopped one for each of the chain's fifteen filters, a twentieth of a
	 * library page's CPU, for figures nobody reads. The request itself is still observed
	 * ({@code http.server.requests}).
	 */
	@Bean
	SecurityObservationSettings securityObservations() {
		return SecurityObservationSettings.noObservations();
	}

	/**
	 * In memory, sessions are registered at sign-in and forgotten when they end (the
	 * publisher tells the registry). With Spring Session's indexed repository (cluster
	 * profile) they are found by principal name in PostgreSQL, on any node.
	 */
	@Bean
	SessionRegistry sessionRegistry(ObjectProvider<FindByIndexNameSessionRepository<?>> indexedSessions) {
		FindByIndexNameSessionRepository<?> indexed = indexedSessions.getIfAvailable();
		return (indexed != null) ? new IndexedSessionRegistry(indexed) : new SessionRegistryImpl();
	}

	@Bean
	static HttpSessionEventPublisher httpSessionEventPublisher() {
		return new HttpSessionEventPublisher();
	}

	/**
	 * A NUL character in a parameter is refused (400) before it reaches a query:
	 * PostgreSQL cannot store it and would fail the request with a 500.
	 */
	@Bean
	WebSecurityCustomizer parameterFirewall() {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedParameterValues((value) -> value.indexOf('\u0000') < 0);
		return (web) -> web.httpFirewall(firewall);
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, KnownDevices knownDevices, AuditLog auditLog) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService);
		passwords.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(
				new ThrottledAuthenticationProvider(passwords, throttle, knownDevices, auditLog));
		manager.setEraseCredentialsAfterAuthentication(true);
		return manager;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * After signing in, back to the page asked for before, but only its path and query on
	 * this site: the saved address carries the request's host name, which a forged
	 * {@code Host} header could point elsewhere. The browser becomes a known device of
	 * the account.
	 */
	static class SameSiteSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

		private final RequestCache requestCache = new HttpSessionRequestCache();

		private final KnownDevices knownDevices;

		SameSiteSuccessHandler(KnownDevices knownDevices) {
			this.knownDevices = knownDevices;
			setDefaultTargetUrl("/");
			setRequestCache(this.requestCache);
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws jakarta.servlet.ServletException, IOException {
			this.knownDevices.remember(authentication.getName(), request, response);
			SavedRequest saved = this.requestCache.getRequest(request, response);
			if (saved == null) {
				super.onAuthenticationSuccess(request, response, authentication);
				return;
			}
			this.requestCache.removeRequest(request, response);
			clearAuthenticationAttributes(request);
			getRedirectStrategy().sendRedirect(request, response, sameSitePath(saved.getRedirectUrl()));
		}

		static String sameSitePath(String url) {
			try {
				URI uri = URI.create(url);
				String path = uri.getRawPath();
				if (path == null || !path.startsWith("/") || path.startsWith("//")) {
					return "/";
				}
				return path + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
			}
			catch (IllegalArgumentException ex) {
				return "/";
			}
		}

	}

	/**
	 * Decides a HEAD or OPTIONS request as the GET of the same path would be decided by
	 * the rules below it (the GET never matches the HEAD and OPTIONS rules, so this never
	 * loops).
	 */
	static final class SameAsGet implements AuthorizationManager<RequestAuthorizationContext> {

		private final ObjectProvider<WebInvocationPrivilegeEvaluator> privileges;

		SameAsGet(ObjectProvider<WebInvocationPrivilegeEvaluator> privileges) {
			this.privileges = privileges;
		}

		@Override
		public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
				RequestAuthorizationContext context) {
			HttpServletRequest request = context.getRequest();
			String path = request.getRequestURI().substring(request.getContextPath().length());
			boolean allowed = this.privileges.getObject()
				.isAllowed(request.getContextPath(), path, HttpMethod.GET.name(), authentication.get());
			return new AuthorizationDecision(allowed);
		}

	}

	/** Throttled attempts get their own message; every other failure the same one. */
	static class SignInFailureHandler extends SimpleUrlAuthenticationFailureHandler {

		SignInFailureHandler() {
			super("/login?error");
		}

		@Override
		public void onAuthenticationFailure(jakarta.servlet.http.HttpServletRequest request,
				jakarta.servlet.http.HttpServletResponse response,
				org.springframework.security.core.AuthenticationException exception)
				throws java.io.IOException, jakarta.servlet.ServletException {
			if (exception instanceof LoginThrottledException) {
				getRedirectStrategy().sendRedirect(request, response, "/login?throttled");
				return;
			}
			super.onAuthenticationFailure(request, response, exception);
		}

	}

}
