/**
 * Competence levels that someone other than the professional confirmed, such as a mentor
 * signing off work-based learning: the module that holds them offers them through
 * {@link eu.dhso.core.verification.VerifiedCompetenceSource}, and the skills profile
 * shows them without knowing where they come from.
 */
@NamedInterface("verification")
package eu.dhso.core.verification;

import org.springframework.modulith.NamedInterface;
