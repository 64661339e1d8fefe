package eu.dhso.cases;

import java.util.List;

/**
 * The figures of the published Open Reports computed again from their inputs (the
 * published cases each was drafted from, as the library holds them now), so a
 * verification can list every figure the database no longer gives.
 */
public interface OpenReportFigures {

	List<Recomputed> recompute();

	/**
	 * One published Open Report: how many figures were computed again, and those that
	 * differ.
	 *
	 * @param link the report's public address, relative to the site
	 */
	record Recomputed(String title, String link, int figures, List<Difference> differences) {

		public Recomputed {
			differences = List.copyOf(differences);
		}

	}

	/**
	 * A figure as published and as computed now; {@code now} is null when the figure is
	 * no longer computed at all.
	 */
	record Difference(String figure, String published, String now) {
	}

}
