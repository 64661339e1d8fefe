package eu.dhso.skills.web;

import java.util.List;

import eu.dhso.core.NavigationEntry;
import eu.dhso.core.ObservatoryArea;
import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.security.AccessRules;
import eu.dhso.core.taxonomy.Taxonomy;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * How this module shows itself in the layout, on the home page and to the security rules.
 */
@Configuration(proxyBeanMethods = false)
class SkillsProfileWebConfiguration {

	@Bean
	NavigationEntry skillsNavigation() {
		return new NavigationEntry("/skills", "skills.nav", 20);
	}

	@Bean
	NavigationEntry workshopsNavigation() {
		return new NavigationEntry("/workshops", "skills.workshops.nav", 30, NavigationEntry.PROGRAMMES);
	}

	@Bean
	AccessRules workshopsAccess() {
		// the controllers also check the organisation: a draft is its partners' alone
		return (rules) -> rules
			.requestMatchers("/workshops/new", "/workshops/{id:\\d+}/edit", "/workshops/{id:\\d+}/publish")
			.hasAnyRole("PARTNER", "ADMIN")
			.requestMatchers(HttpMethod.GET, "/workshops", "/workshops/{id:\\d+}")
			.permitAll();
	}

	@Bean
	AccessRules skillsAccess() {
		// Single path segments only: the edit pages below /skills/profiles/{profession}/
		// stay private.
		return (rules) -> rules
			.requestMatchers(HttpMethod.GET, "/skills", "/skills/skills.css", "/skills/profiles", "/skills/profiles/*",
					"/skills/compare", "/skills/map/public", "/skills/map/calibration.csv", "/skills/map/cells/*/*",
					"/skills/rate/*")
			.permitAll()
			// Raters answer through their link, without an account.
			.requestMatchers(HttpMethod.POST, "/skills/rate/*")
			.permitAll()
			.requestMatchers("/skills/admin/**")
			.hasRole("ADMIN");
	}

	@Bean
	ObservatoryArea skillsArea(CompetenceFramework framework, Taxonomy taxonomy) {
		return new ObservatoryArea() {

			@Override
			public String messageKey() {
				return "skills.area";
			}

			@Override
			public String path() {
				return "/skills";
			}

			@Override
			public int order() {
				return 20;
			}

			@Override
			public List<Figure> figures() {
				return List.of(new Figure("skills.figure.competences", framework.publishedCompetenceCount()),
						new Figure("skills.figure.professions", taxonomy.professionCount()));
			}

		};
	}

}
