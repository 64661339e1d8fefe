/**
 * Guidance written for professions, offered by the module that writes it, so a
 * profession's page can list it without depending on that module.
 */
@NamedInterface("guidance")
package eu.dhso.core.guidance;

import org.springframework.modulith.NamedInterface;
