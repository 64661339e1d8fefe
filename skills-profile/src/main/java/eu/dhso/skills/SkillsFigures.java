package eu.dhso.skills;

import java.util.List;
import java.util.Map;

/**
 * What the skills profile publishes as open data: the general role profile of each
 * profession and the public skills map by profession and area, released through the
 * kernel's disclosure control (small groups suppressed, means perturbed, counts rounded,
 * contributions from the current month held back until the next).
 */
public interface SkillsFigures {

	List<RoleProfileLevels> roleProfiles();

	default List<AreaCell> publicMap() {
		return publicMap(null);
	}

	/** The public map of one country, or of all when {@code country} is null. */
	List<AreaCell> publicMap(String country);

	/** Expected level per competence code of a profession's general role profile. */
	record RoleProfileLevels(String profession, String frameworkLabel, Map<String, Integer> expectedLevels) {
	}

	/** A suppressed cell has null figures; respondents are rounded. */
	record AreaCell(String profession, String area, Integer respondents, Double meanLevel, Double meanGap) {
	}

}
