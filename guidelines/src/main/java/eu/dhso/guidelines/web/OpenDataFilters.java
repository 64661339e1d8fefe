package eu.dhso.guidelines.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import eu.dhso.core.taxonomy.Taxonomy;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The filters of the open-data API, checked against the taxonomy: an unknown country or
 * profession is the client's mistake (a 400 problem), never an empty list that reads as
 * "none".
 */
@Component
class OpenDataFilters {

	/** The {@code country} value that asks for the figures of all countries together. */
	static final String ALL_COUNTRIES = "ALL";

	private final Taxonomy taxonomy;

	OpenDataFilters(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	void country(String country) {
		if (country != null && !this.taxonomy.isCountry(country)) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown country " + country + ".");
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
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown profession " + profession + ".");
		}
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
