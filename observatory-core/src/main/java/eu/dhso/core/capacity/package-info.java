/**
 * Places and waitlists.
 */
@NamedInterface("capacity")
package eu.dhso.core.capacity;

import org.springframework.modulith.NamedInterface;
