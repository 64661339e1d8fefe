package eu.dhso.guidelines.web;

import java.util.List;

import eu.dhso.core.NavigationEntry;
import eu.dhso.core.ObservatoryArea;
import eu.dhso.core.security.AccessRules;
import eu.dhso.guidelines.guideline.GuidelinePublishing;
import eu.dhso.guidelines.network.Network;

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
	NavigationEntry observatoryNavigation() {
		return new NavigationEntry("/observatory/indicators", "guidelines.indicators.nav", 45);
	}

	@Bean
	NavigationEntry networkNavigation() {
		return new NavigationEntry("/network", "guidelines.network.nav", 50);
	}

	@Bean
	NavigationEntry eventsNavigation() {
		return new NavigationEntry("/events", "guidelines.events.nav", 55);
	}

	@Bean
	NavigationEntry lifecycleNavigation() {
		return new NavigationEntry("/observatory/lifecycle", "guidelines.lifecycle.nav", 40,
				NavigationEntry.PROGRAMMES);
	}

	@Bean
	NavigationEntry governanceNavigation() {
		return new NavigationEntry("/observatory/governance", "guidelines.governance.nav", 41,
				NavigationEntry.PROGRAMMES);
	}

	@Bean
	NavigationEntry plansNavigation() {
		return new NavigationEntry("/observatory/plans", "guidelines.plan.nav", 42, NavigationEntry.PROGRAMMES);
	}

	@Bean
	AccessRules guidelinesAccess() {
		return (rules) -> {
			// the editors' pages first: /guidelines/manage would otherwise read as a
			// guideline
			rules.requestMatchers("/guidelines/manage", "/guidelines/manage/**").hasAnyRole("EDITOR", "ADMIN");
			rules
				.requestMatchers("/observatory/manage/**", "/network/manage", "/network/manage/**", "/events/manage",
						"/events/manage/**")
				.hasRole("ADMIN");
			rules.requestMatchers(HttpMethod.POST, "/network/apply").permitAll();
			// guests without an account register and confirm through the e-mailed link
			rules
				.requestMatchers("/events/*/guest-registration", "/events/*/confirmation",
						"/events/registrations/cancel")
				.permitAll();
			rules.requestMatchers("/guidelines/*/consultation").hasAnyRole("PARTNER", "EDITOR", "ADMIN");
			rules
				.requestMatchers(HttpMethod.GET, "/guidelines", "/guidelines/*", "/guidelines/*/versions/*",
						"/guidelines/*/versions/*/pdf", "/guidelines/*/compare", "/observatory/reports",
						"/observatory/reports/*", "/observatory/reports/*/pdf", "/observatory/indicators",
						"/observatory/indicators/compare", "/observatory/lifecycle", "/observatory/governance",
						"/observatory/governance/*", "/observatory/plans", "/observatory/plans/*",
						"/observatory/demand-supply", "/observatory/demand-supply.csv", "/network",
						"/network/members/*", "/network/apply", "/events", "/events/*", "/events/*/ics", "/api/v1/**")
				.permitAll();
		};
	}

	@Bean
	ObservatoryArea guidelinesArea(Network network, GuidelinePublishing guidelines) {
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
				Network.Size size = network.size();
				return List.of(new Figure("guidelines.figure.guidelines", guidelines.publishedCount()),
						new Figure("guidelines.figure.organisations", size.members()),
						new Figure("guidelines.figure.countries", size.countries()));
			}

		};
	}

}
