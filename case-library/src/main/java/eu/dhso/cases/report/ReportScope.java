package eu.dhso.cases.report;

import java.time.LocalDate;
import java.util.List;

/**
 * Which published cases an Open Report covers: published within the period (either end
 * open), in one of the countries and with one of the technologies (none chosen means
 * all).
 */
public record ReportScope(LocalDate from, LocalDate to, List<String> countries, List<String> technologies) {

	public ReportScope {
		countries = (countries != null) ? List.copyOf(countries) : List.of();
		technologies = (technologies != null) ? List.copyOf(technologies) : List.of();
		if (from != null && to != null && to.isBefore(from)) {
			throw new IllegalArgumentException("The period ends before it starts");
		}
	}

}
