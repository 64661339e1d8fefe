package eu.dhso.guidelines.web;

import java.util.List;

import eu.dhso.core.NavigationEntry;
import eu.dhso.core.ObservatoryArea;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.security.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * How this module shows itself in the layout, on the home page and to the security rules.
 */
@Configuration(proxyBeanMethods = false)
class GuidelinesWebConfiguration {

	@Bean
	NavigationEntry guidelinesNavigation() {
		return new NavigationEntry("/guidelines", "guidelines.nav", 40);
	}

	@Bean
	AccessRules guidelinesAccess() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/guidelines").permitAll();
	}

	@Bean
	ObservatoryArea guidelinesArea(Organisations organisations) {
		return new ObservatoryArea() {

			@Override
			public String messageKey() {
				return "guidelines.area";
			}

			@Override
			public String path() {
				return "/guidelines";
			}

			@Override
			public int order() {
				return 40;
			}

			@Override
			public List<Figure> figures() {
				return List.of(new Figure("guidelines.figure.organisations", organisations.count()),
						new Figure("guidelines.figure.countries", organisations.countByCountry().size()));
			}

		};
	}

}
