package eu.dhso.lab.web;

import java.util.List;

import eu.dhso.core.NavigationEntry;
import eu.dhso.core.ObservatoryArea;
import eu.dhso.core.taxonomy.CareSettings;
import eu.dhso.core.taxonomy.Professions;
import eu.dhso.core.security.AccessRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * How this module shows itself in the layout, on the home page and to the security rules.
 */
@Configuration(proxyBeanMethods = false)
class LearningLabWebConfiguration {

	@Bean
	NavigationEntry labNavigation() {
		return new NavigationEntry("/lab", "lab.nav", 30);
	}

	@Bean
	AccessRules labAccess() {
		return (rules) -> rules.requestMatchers(HttpMethod.GET, "/lab").permitAll();
	}

	@Bean
	ObservatoryArea labArea(Professions professions, CareSettings careSettings) {
		return new ObservatoryArea() {

			@Override
			public String messageKey() {
				return "lab.area";
			}

			@Override
			public String path() {
				return "/lab";
			}

			@Override
			public int order() {
				return 30;
			}

			@Override
			public List<Figure> figures() {
				return List.of(new Figure("lab.figure.professions", professions.count()),
						new Figure("lab.figure.careSettings", careSettings.count()));
			}

		};
	}

}
