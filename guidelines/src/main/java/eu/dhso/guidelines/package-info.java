/**
 * IO4 guidelines and the permanent observatory.
 */
@ApplicationModule(displayName = "IO4 guidelines and the permanent observatory",
		allowedDependencies = { "core", "core :: *", "cases", "skills", "lab" })
package eu.dhso.guidelines;

import org.springframework.modulith.ApplicationModule;
