/**
 * The shared kernel of the observatory: taxonomy, competence framework, accounts, audit,
 * the page layout and the security set-up every module relies on. Closed: other modules
 * use only its base package (the shell's extension points) and its named interfaces
 * (facades returning records, the kernel's single rules, service-provider interfaces);
 * its entities and repositories stay inside.
 */
@ApplicationModule(displayName = "Observatory core")
package eu.dhso.core;

import org.springframework.modulith.ApplicationModule;
