/**
 * The service-provider interface through which the learning lab tells regional training
 * plans what their cohorts achieved, without the plans depending on the lab.
 */
@NamedInterface("planning")
package eu.dhso.core.planning;

import org.springframework.modulith.NamedInterface;
