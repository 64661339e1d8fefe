package eu.dhso.core.trail;

/**
 * What one module knows about one competence of the latest published framework, from its
 * own schema and as the public may see it: published content only, figures about people
 * released through the kernel's disclosure control.
 */
public interface CompetenceTrailSource {

	/**
	 * @param competence the competence of the latest published framework
	 * @return this module's part of the trail; {@link CompetenceTrail#empty()} when it
	 * holds nothing about the competence
	 */
	CompetenceTrail trail(TrailCompetence competence);

}
