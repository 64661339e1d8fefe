/**
 * The shared kernel of the observatory: taxonomy, competence framework, accounts, audit,
 * the page layout and the security set-up every module relies on. Open, so modules use
 * its sub-packages directly.
 */
@ApplicationModule(displayName = "Observatory core", type = ApplicationModule.Type.OPEN)
package eu.dhso.core;

import org.springframework.modulith.ApplicationModule;
