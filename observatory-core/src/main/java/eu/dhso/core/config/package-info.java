/**
 * Defaults shared by every module.
 */
@NamedInterface("config")
package eu.dhso.core.config;

import org.springframework.modulith.NamedInterface;
