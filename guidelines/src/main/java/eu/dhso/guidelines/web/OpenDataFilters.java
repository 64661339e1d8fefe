package eu.dhso.guidelines.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import eu.dhso.core.framework.CompetenceFramework;
import eu.dhso.core.framework.CompetenceFramework.AreaView;
import eu.dhso.core.framework.CompetenceFramework.VersionSummary;
import eu.dhso.core.taxonomy.Taxonomy;
import eu.dhso.guidelines.indicator.DemandSupply;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The filters of the open-data API, checked against the taxonomy: an unknown country or
 * profession is the client's mistake (a 400 problem), never an empty list that reads as
 * "none". The refusal names the parameter, never the value sent.
 */
@Component
class OpenDataFilters {

	/** The {@code country} value that asks for the figures of all countries together. */
	static final String ALL_COUNTRIES = "ALL";

	private final Taxonomy taxonomy;

	private final CompetenceFramework framework;

	private final DemandSupply demandSupply;

	OpenDataFilters(Taxonomy taxonomy, CompetenceFramework framework, DemandSupply demandSupply) {
		this.taxonomy = taxonomy;
		this.framework = framework;
		this.demandSupply = demandSupply;
	}

	void country(String country) {
		if (country != null && !this.taxonomy.isCountry(country)) {
			throw unknown("country", "an ISO country code of the observatory's taxonomy");
		}
	}

	/** The country as the indicator store keys it: "" for all countries together. */
	String countryOrAll(String country) {
		if (ALL_COUNTRIES.equals(country)) {
			return "";
		}
		country(country);
		return country;
	}

	void profession(String profession) {
		if (profession != null && !this.taxonomy.isProfession(profession)) {
			throw unknown("profession", "a profession code of the observatory's taxonomy");
		}
	}

	void careSetting(String careSetting) {
		if (careSetting != null && !this.taxonomy.isCareSetting(careSetting)) {
			throw unknown("careSetting", "a care-setting code of the observatory's taxonomy");
		}
	}

	/** A year or calendar quarter the released figures offer, e.g. 2026 or 2026-Q3. */
	void period(String period) {
		if (period != null && !this.demandSupply.periods().contains(period)) {
			throw unknown("period", "a year or calendar quarter of the last three years, e.g. 2026 or 2026-Q1");
		}
	}

	/** The id of the published framework version of this label; null for none asked. */
	Long frameworkVersion(String label) {
		if (label == null) {
			return null;
		}
		return this.framework.publishedVersions()
			.stream()
			.filter((v) -> label.equals(v.label()))
			.map(VersionSummary::id)
			.findFirst()
			.orElseThrow(() -> unknown("frameworkVersion", "the label of a published framework version"));
	}

	/** An area code of the latest published framework. */
	void area(String area) {
		if (area != null && this.framework.latestPublished()
			.stream()
			.flatMap((f) -> f.areas().stream())
			.map(AreaView::code)
			.noneMatch(area::equals)) {
			throw unknown("area", "an area code of the published framework");
		}
	}

	private static ResponseStatusException unknown(String parameter, String expected) {
		return new ResponseStatusException(HttpStatus.BAD_REQUEST,
				"Parameter '" + parameter + "' must be " + expected + ".");
	}

	/**
	 * The filters given, as the tail of a next-page link ({@code &country=CY}); pairs of
	 * name and value, null values left out.
	 */
	static String query(Object... pairs) {
		StringBuilder query = new StringBuilder();
		for (int i = 0; i + 1 < pairs.length; i += 2) {
			if (pairs[i + 1] != null) {
				query.append('&')
					.append(pairs[i])
					.append('=')
					.append(URLEncoder.encode(pairs[i + 1].toString(), StandardCharsets.UTF_8));
			}
		}
		return query.toString();
	}

}
