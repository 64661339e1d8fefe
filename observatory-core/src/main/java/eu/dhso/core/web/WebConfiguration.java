package eu.dhso.core.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.RelativeRedirectFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Languages, the message bundles of all modules and the public address. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(PublicUrl.class)
class WebConfiguration implements WebMvcConfigurer {

	/**
	 * Every module ships {@code messages/<module>*.properties}; all of them join one
	 * source.
	 */
	@Bean
	MessageSource messageSource() {
		ReloadableResourceBundleMessageSource source = new MessageBundles();
		source.setBasenames(moduleBundles());
		source.setDefaultEncoding("UTF-8");
		source.setFallbackToSystemLocale(false);
		source.setUseCodeAsDefaultMessage(false);
		return source;
	}

	static String[] moduleBundles() {
		try {
			Resource[] resources = new PathMatchingResourcePatternResolver()
				.getResources("classpath*:messages/*.properties");
			return Arrays.stream(resources)
				.map(Resource::getFilename)
				.filter(Objects::nonNull)
				.filter((name) -> !name.contains("_"))
				.map((name) -> "classpath:messages/" + name.substring(0, name.length() - ".properties".length()))
				.distinct()
				.sorted()
				.toArray(String[]::new);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Redirects keep the relative Location they were given ("/login"): the container
	 * would complete it with the request's Host header for HTTP/1.0 clients, which
	 * include a proxy's default upstream connection, so a forged host could pick the
	 * target.
	 */
	@Bean
	FilterRegistrationBean<RelativeRedirectFilter> relativeRedirects() {
		RelativeRedirectFilter filter = new RelativeRedirectFilter();
		filter.setRedirectStatus(HttpStatus.FOUND);
		FilterRegistrationBean<RelativeRedirectFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/**
	 * Outside Spring Security's filters, so that the ETag is taken over the response as
	 * they leave it, headers included.
	 */
	@Bean
	FilterRegistrationBean<PublicData> publicDataValidators() {
		FilterRegistrationBean<PublicData> registration = new FilterRegistrationBean<>(new PublicData());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	@Bean
	LocaleResolver localeResolver() {
		// An unsupported ?lang= or an old cookie would label English text as another
		// language.
		CookieLocaleResolver resolver = new CookieLocaleResolver("dhso-lang") {

			@Override
			protected Locale parseLocaleValue(String value) {
				return SupportedLanguages.closest(super.parseLocaleValue(value));
			}

		};
		resolver.setDefaultLocale(Locale.ENGLISH);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor() {

			@Override
			protected Locale parseLocaleValue(String value) {
				return SupportedLanguages.closest(super.parseLocaleValue(value));
			}

		};
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
