package eu.dhso.skills.map;

import java.time.YearMonth;

/**
 * Which submitted assessments the map aggregates; null means no restriction (for the
 * framework version: the latest published one). Periods are whole months of submission,
 * in UTC, from {@code from} to {@code to} inclusive: the granularity of the
 * pre-aggregated summary.
 */
public record MapFilter(Long frameworkVersion, String country, String careSetting, YearMonth from, YearMonth to) {

	public MapFilter(String country, String careSetting, YearMonth from, YearMonth to) {
		this(null, country, careSetting, from, to);
	}

	public static MapFilter none() {
		return new MapFilter(null, null, null, null, null);
	}

	public boolean isEmpty() {
		return this.frameworkVersion == null && this.country == null && this.careSetting == null && this.from == null
				&& this.to == null;
	}

}
