package eu.dhso.cases.web;

import java.util.List;

import eu.dhso.cases.CaseLibrary;
import eu.dhso.core.NavigationEntry;
import eu.dhso.core.ObservatoryArea;
import eu.dhso.core.directory.OrganisationDirectory;
import eu.dhso.core.security.AccessRules;
import eu.dhso.core.taxonomy.Taxonomy;

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
		return (rules) -> {
			rules.requestMatchers(HttpMethod.GET, "/cases", "/cases/cases.css", "/cases/export.csv").permitAll();
			// path patterns, not regexes over the whole URL, so a query string (?lang=el)
			// keeps a page public
			rules
				.requestMatchers(HttpMethod.GET, "/cases/{id:\\d+}", "/cases/reports",
						"/cases/reports/{report:\\d+(?:\\.pdf)?}")
				.permitAll();
			// published cases' attachments; the controller refuses non-public ones (404)
			rules.requestMatchers(HttpMethod.GET, "/cases/{id:\\d+}/attachments/{attachment:\\d+}").permitAll();
			rules.requestMatchers("/cases/reports/manage", "/cases/reports/manage/**").hasRole("ADMIN");
			rules.requestMatchers("/cases/import", "/cases/import/**").hasRole("ADMIN");
			// editors manage and download a case's attachments too
			rules.requestMatchers("/cases/my/{id}/attachments", "/cases/my/{id}/attachments/**")
				.hasAnyRole("PARTNER", "EDITOR", "ADMIN");
			rules.requestMatchers("/cases/my", "/cases/my/**").hasRole("PARTNER");
			rules.requestMatchers("/cases/review", "/cases/review/**").hasAnyRole("EDITOR", "ADMIN");
		};
	}

	@Bean
	ObservatoryArea caseLibraryArea(CaseLibrary library, Taxonomy taxonomy, OrganisationDirectory organisations) {
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
				return List.of(new Figure("cases.figure.published", library.publishedCount()),
						new Figure("cases.figure.technologies", taxonomy.technologyCount()),
						new Figure("cases.figure.organisations", organisations.count()));
			}

		};
	}

}
