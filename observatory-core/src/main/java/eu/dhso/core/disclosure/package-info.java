/**
 * Disclosure control of aggregates: who counts, the small-group threshold, perturbation.
 */
@NamedInterface("disclosure")
package eu.dhso.core.disclosure;

import org.springframework.modulith.NamedInterface;
