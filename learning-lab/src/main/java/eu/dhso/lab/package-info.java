/**
 * IO3 learning lab: training schemes, resources, cohorts and evaluation.
 */
@ApplicationModule(displayName = "IO3 learning lab: training schemes, resources, cohorts and evaluation",
		allowedDependencies = { "core", "core :: *", "skills" })
package eu.dhso.lab;

import org.springframework.modulith.ApplicationModule;
