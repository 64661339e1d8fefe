package eu.dhso.skills.web;

import eu.dhso.core.NavigationEntry;
import eu.dhso.core.security.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The maturity pages in the navigation and the security rules: the model and the change
 * agents' rosters are public, everything else needs a signed-in person, and the services
 * check who manages which organisation.
 */
@Configuration(proxyBeanMethods = false)
class MaturityWebConfiguration {

	@Bean
	NavigationEntry maturityNavigation() {
		return new NavigationEntry("/maturity", "skills.maturity.nav", 10, NavigationEntry.PROGRAMMES);
	}

	@Bean
	AccessRules maturityAccess() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/maturity", "/maturity/organisations/{id:\\d+}/agents")
			.permitAll()
			.requestMatchers("/maturity/**")
			.authenticated();
	}

}
