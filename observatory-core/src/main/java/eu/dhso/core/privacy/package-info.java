/**
 * The service-provider interface through which each module exports and erases a person's
 * data.
 */
@NamedInterface("privacy")
package eu.dhso.core.privacy;

import org.springframework.modulith.NamedInterface;
