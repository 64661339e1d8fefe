package eu.dhso.cases.web;

import java.util.List;

import eu.dhso.core.NavigationEntry;
import eu.dhso.core.ObservatoryArea;
import eu.dhso.core.account.Organisations;
import eu.dhso.core.security.AccessRules;
import eu.dhso.core.taxonomy.Technologies;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * How the case library shows itself in the layout, on the home page and to the security
 * rules.
 */
@Configuration(proxyBeanMethods = false)
class CaseLibraryWebConfiguration {

	@Bean
	NavigationEntry caseLibraryNavigation() {
		return new NavigationEntry("/cases", "cases.nav", 10);
	}

	@Bean
	AccessRules caseLibraryAccess() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/cases").permitAll();
	}

	@Bean
	ObservatoryArea caseLibraryArea(Technologies technologies, Organisations organisations) {
		return new ObservatoryArea() {

			@Override
			public String messageKey() {
				return "cases.area";
			}

			@Override
			public String path() {
				return "/cases";
			}

			@Override
			public int order() {
				return 10;
			}

			@Override
			public List<Figure> figures() {
				return List.of(new Figure("cases.figure.technologies", technologies.count()),
						new Figure("cases.figure.organisations", organisations.count()));
			}

		};
	}

}
