package eu.dhso.core.security;

import java.util.List;

import eu.dhso.core.audit.AuditLog;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

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
			AuthenticationManager authenticationManager) throws Exception {
		http.authorizeHttpRequests((rules) -> {
			rules
				.requestMatchers("/", "/login", "/register", "/error", "/framework", "/core/**", "/webjars/**",
						"/favicon.ico", "/actuator/health", "/actuator/health/**")
				.permitAll();
			rules.requestMatchers("/admin/**").hasRole("ADMIN");
			moduleRules.forEach((moduleRule) -> moduleRule.configure(rules));
			rules.anyRequest().authenticated();
		});
		http.authenticationManager(authenticationManager);
		http.formLogin((form) -> form.loginPage("/login")
			.defaultSuccessUrl("/", false)
			.failureHandler(new SignInFailureHandler())
			.permitAll());
		http.logout((logout) -> logout.logoutUrl("/logout")
			.logoutSuccessUrl("/?signedOut")
			.invalidateHttpSession(true)
			.deleteCookies("JSESSIONID", "SESSION"));
		http.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()));
		http.exceptionHandling((exceptions) -> exceptions.accessDeniedHandler(new ExpiredSessionHandler()));
		http.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.frameOptions((frame) -> frame.deny())
			.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
			.permissionsPolicyHeader((permissions) -> permissions.policy(PERMISSIONS_POLICY)));
		return http.build();
	}

	@Bean
	AuthenticationManager authenticationManager(UserDetailsService userDetailsService, PasswordEncoder passwordEncoder,
			LoginThrottle throttle, AuditLog auditLog) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(userDetailsService);
		passwords.setPasswordEncoder(passwordEncoder);
		ProviderManager manager = new ProviderManager(
				new ThrottledAuthenticationProvider(passwords, throttle, auditLog));
		manager.setEraseCredentialsAfterAuthentication(true);
		return manager;
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
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
