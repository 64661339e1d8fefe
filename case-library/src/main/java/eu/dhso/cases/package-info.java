/**
 * IO1 case library: interview cases of digital-health implementations.
 */
@ApplicationModule(displayName = "IO1 case library: interview cases of digital-health implementations",
		allowedDependencies = { "core", "core :: *" })
package eu.dhso.cases;

import org.springframework.modulith.ApplicationModule;
