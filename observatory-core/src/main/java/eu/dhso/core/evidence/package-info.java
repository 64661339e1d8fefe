/**
 * Evidence a publication may cite: each module answers for its own kinds, so a guideline
 * or a report can check and freeze a citation without depending on the module it cites.
 */
@org.springframework.modulith.NamedInterface("evidence")
package eu.dhso.core.evidence;
