package eu.dhso.core.security;

import org.springframework.modulith.NamedInterface;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's URL rules. Every module declares which of its pages are public and which
 * roles may open the others; whatever no module names needs a signed-in user.
 */
@FunctionalInterface
@NamedInterface("security")
public interface AccessRules {

	void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);

}
