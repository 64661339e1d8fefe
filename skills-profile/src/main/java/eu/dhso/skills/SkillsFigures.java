package eu.dhso.skills;

import java.util.List;
import java.util.Map;

import eu.dhso.core.disclosure.Released;

/**
 * What the skills profile publishes as open data: the general role profile of each
 * profession and the public skills map by profession and area, released through the
 * kernel's disclosure control (small groups suppressed, means perturbed, counts rounded,
 * contributions from the current month held back until the next).
 */
public interface SkillsFigures {

	List<RoleProfileLevels> roleProfiles();

	default List<AreaCell> publicMap() {
		return publicMap(MapQuery.ALL);
	}

	/** The public map of one country, or of all when {@code country} is null. */
	default List<AreaCell> publicMap(String country) {
		return publicMap(new MapQuery(null, country, null, null));
	}

	/** The public map of the cut the query names, as the public map page shows it. */
	List<AreaCell> publicMap(MapQuery query);

	/**
	 * The calibration index per profession and area (and over all areas, column
	 * {@code ALL}), as the public map page shows it.
	 */
	List<CalibrationCell> calibration(MapQuery query);

	/**
	 * A cut of the public map; null means all. Callers check the values first: an unknown
	 * period or framework version counts as all.
	 *
	 * @param frameworkVersion the id of a published framework version (null: the latest)
	 * @param period a year or calendar quarter, e.g. {@code 2026-Q3}
	 */
	record MapQuery(Long frameworkVersion, String country, String careSetting, String period) {

		public static final MapQuery ALL = new MapQuery(null, null, null, null);

	}

	/** Expected level per competence code of a profession's general role profile. */
	record RoleProfileLevels(String profession, String frameworkLabel, Map<String, Integer> expectedLevels) {
	}

	/** A suppressed cell has null figures; respondents are rounded. */
	record AreaCell(String profession, String area, Integer respondents, Double meanLevel, Double meanGap) {
	}

	/** A group's released calibration index (-1 to 1). */
	record CalibrationCell(String profession, String area, Released index) {
	}

}
