/**
 * A competence's evidence trail: each module contributes what it holds about one
 * competence of the published framework (cases that need it, expected and self-assessed
 * levels, training that addresses it, guideline recommendations that cite it) through
 * {@link eu.dhso.core.trail.CompetenceTrailSource}, and the kernel assembles the public
 * page, so no module reads another's data.
 */
@NamedInterface("trail")
package eu.dhso.core.trail;

import org.springframework.modulith.NamedInterface;
