package eu.dhso.skills;

import java.util.List;
import java.util.Map;

import eu.dhso.core.disclosure.Released;

/**
 * The supply side of demand vs supply: the median self-assessed level of each
 * profession's people, released through the kernel's disclosure control (groups of fewer
 * than its minimum size suppressed, head counts rounded). A person counts once, with
 * their latest attempt that counts in the skills map and was submitted before the release
 * boundary and within the period.
 */
public interface SupplyLevels {

	/** One released median per profession and column of the query. */
	List<SupplyCell> medians(SupplyQuery query);

	/**
	 * The periods a query may name, newest first: whole years and calendar quarters
	 * ({@code 2026}, {@code 2026-Q3}), as the skills map offers them.
	 */
	List<String> periods();

	/**
	 * @param country a country code, or null for all
	 * @param careSetting a care-setting code, or null for all
	 * @param period a year or calendar quarter ({@code 2026-Q3}), or null for all time;
	 * anything else counts as all time
	 * @param columns column name → competence code → weight: a person's level in a column
	 * is the weighted mean of their self-ratings of its competences
	 */
	record SupplyQuery(String country, String careSetting, String period, Map<String, Map<String, Double>> columns) {

		public SupplyQuery {
			columns = Map.copyOf(columns);
		}

	}

	/** A suppressed cell's median is {@link Released#suppressed()}. */
	record SupplyCell(String profession, String column, Released median) {
	}

}
