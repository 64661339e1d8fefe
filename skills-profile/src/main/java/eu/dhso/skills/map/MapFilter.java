package eu.dhso.skills.map;

import java.time.LocalDate;

/**
 * Which submitted assessments the map aggregates; null means no restriction. Periods run
 * from the start of {@code from} to the end of {@code to}, in UTC.
 */
public record MapFilter(String country, String careSetting, LocalDate from, LocalDate to) {

	public static MapFilter none() {
		return new MapFilter(null, null, null, null);
	}

	public boolean isEmpty() {
		return this.country == null && this.careSetting == null && this.from == null && this.to == null;
	}

}
