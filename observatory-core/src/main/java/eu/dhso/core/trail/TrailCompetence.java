package eu.dhso.core.trail;

import java.util.List;

/**
 * The competence a trail is asked for, with the codes of its area's competences (the
 * calibration of a group is measured per area).
 *
 * @param frameworkVersionId the published framework version
 * @param id the competence's id in that version
 * @param code the competence code, e.g. {@code S1.2}
 * @param areaCode its area's code
 * @param areaCompetenceIds the ids of every competence in the same area
 */
public record TrailCompetence(long frameworkVersionId, long id, String code, String areaCode,
		List<Long> areaCompetenceIds) {

	public TrailCompetence {
		areaCompetenceIds = List.copyOf(areaCompetenceIds);
	}

}
