/**
 * IO2 skills profile: role profiles, self-assessment and the skills map.
 */
@ApplicationModule(displayName = "IO2 skills profile: role profiles, self-assessment and the skills map",
		allowedDependencies = { "core", "core :: *" })
package eu.dhso.skills;

import org.springframework.modulith.ApplicationModule;
