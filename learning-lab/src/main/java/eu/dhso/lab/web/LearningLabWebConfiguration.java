package eu.dhso.lab.web;

import java.util.List;

import eu.dhso.core.NavigationEntry;
import eu.dhso.core.ObservatoryArea;
import eu.dhso.core.security.AccessRules;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.lab.cohort.CohortViews;
import eu.dhso.lab.resource.ResourceLibrary;
import eu.dhso.lab.scheme.PublishedSchemes;

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
	NavigationEntry mentoringNavigation() {
		return new NavigationEntry("/mentoring", "lab.mentoring.nav", 20, NavigationEntry.PROGRAMMES);
	}

	@Bean
	NavigationEntry expertsNavigation() {
		return new NavigationEntry("/experts", "lab.experts.nav", 50, NavigationEntry.PROGRAMMES);
	}

	/**
	 * The directory and its profiles are public; profiles of one's own and follow-up
	 * requests need a sign-in, and the use cases show a request to its two parties only.
	 */
	@Bean
	AccessRules expertAccess() {
		return (rules) -> {
			rules.requestMatchers(HttpMethod.GET, "/experts", "/experts/{id:\\d+}").permitAll();
			rules.requestMatchers("/experts/**").authenticated();
			rules.requestMatchers("/lab/admin/**").hasRole("ADMIN");
		};
	}

	@Bean
	AccessRules labAccess() {
		return (rules) -> {
			rules.requestMatchers(HttpMethod.GET, "/lab", "/lab/catalogue", "/lab/lab.css", "/lab/cohorts").permitAll();
			rules
				.requestMatchers(HttpMethod.GET, "/lab/schemes/{id:\\d+}", "/lab/schemes/{id:\\d+}/versions/{n:\\d+}",
						"/lab/modules/{id:\\d+}", "/lab/resources/{id:\\d+}", "/lab/resources/{id:\\d+}/file",
						"/lab/cohorts/{id:\\d+}", "/lab/cohorts/{id:\\d+}/sessions.ics",
						"/lab/cohorts/{id:\\d+}/evaluation")
				.permitAll();
			rules.requestMatchers("/lab/manage/schemes", "/lab/manage/schemes/**").hasRole("TRAINER");
			rules.requestMatchers("/lab/manage/cohorts", "/lab/manage/cohorts/**").hasRole("TRAINER");
			rules.requestMatchers("/lab/manage/resources", "/lab/manage/resources/**")
				.hasAnyRole("TRAINER", "EDITOR", "ADMIN");
			rules.requestMatchers("/lab/review", "/lab/review/**").hasAnyRole("EDITOR", "ADMIN");
			// the use case lets a trainer translate only the schemes they may edit
			rules.requestMatchers("/lab/translations/**").hasAnyRole("TRAINER", "EDITOR", "ADMIN");
			rules.requestMatchers("/lab/evaluation", "/lab/evaluation/**").hasAnyRole("TRAINER", "EDITOR", "ADMIN");
			rules.requestMatchers("/lab/my", "/lab/my/**").authenticated();
			// the use case lets only a plan's two parties (and administrators, to read)
			// in
			rules.requestMatchers("/mentoring", "/mentoring/**").authenticated();
			// a certificate's public check; the use case lets only an admin or the
			// cohort's trainer withdraw
			rules.requestMatchers(HttpMethod.GET, "/certificates/{code:[a-z0-9]+}").permitAll();
			rules.requestMatchers(HttpMethod.POST, "/certificates/{code:[a-z0-9]+}/withdraw")
				.hasAnyRole("TRAINER", "ADMIN");
		};
	}

	@Bean
	ObservatoryArea labArea(Taxonomy taxonomy, PublishedSchemes schemes, ResourceLibrary resources,
			CohortViews cohorts) {
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
				return List.of(new Figure("lab.figure.schemes", schemes.publishedCount()),
						new Figure("lab.figure.resources", resources.publishedCount()),
						new Figure("lab.figure.cohorts", cohorts.count()),
						new Figure("lab.figure.professions", taxonomy.professionCount()));
			}

		};
	}

}
