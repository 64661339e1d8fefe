/**
 * The service-provider interface through which modules offer indicators.
 */
@NamedInterface("indicator")
package eu.dhso.core.indicator;

import org.springframework.modulith.NamedInterface;
