/**
 * The service-provider interface through which modules offer catalogue entries.
 */
@NamedInterface("catalogue")
package eu.dhso.core.catalogue;

import org.springframework.modulith.NamedInterface;
