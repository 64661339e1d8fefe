package eu.dhso.cases.library;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One state of the library page: free text, one value per facet, order and page. Every
 * field is a request parameter, so each state is a shareable URL.
 */
public record LibraryQuery(String q, String technology, String profession, String competence, String country,
		String careSetting, String label, Integer year, String sort, int page, int size) {

	public static final int PAGE_SIZE = 10;

	/** The page sizes a visitor may choose; anything else falls back to the default. */
	public static final java.util.List<Integer> PAGE_SIZES = java.util.List.of(10, 50, 100);

	public LibraryQuery {
		q = clean(q, 200);
		technology = clean(technology, 40);
		profession = clean(profession, 40);
		competence = clean(competence, 10);
		country = clean(country, 2);
		careSetting = clean(careSetting, 40);
		label = clean(label, 30);
		sort = switch ((sort != null) ? sort : "") {
			case "newest", "title", "relevance" -> sort;
			default -> (q != null) ? "relevance" : "newest";
		};
		if ("relevance".equals(sort) && q == null) {
			sort = "newest";
		}
		page = Math.max(page, 0);
		size = PAGE_SIZES.contains(size) ? size : PAGE_SIZE;
	}

	public LibraryQuery(String q, String technology, String profession, String competence, String country,
			String careSetting, String label, Integer year, String sort, int page) {
		this(q, technology, profession, competence, country, careSetting, label, year, sort, page, PAGE_SIZE);
	}

	public static LibraryQuery all() {
		return new LibraryQuery(null, null, null, null, null, null, null, null, null, 0);
	}

	public boolean hasText() {
		return this.q != null;
	}

	/** The facet filters in force, by facet name, for "remove filter" links. */
	public Map<String, String> activeFilters() {
		Map<String, String> filters = new LinkedHashMap<>();
		put(filters, "technology", this.technology);
		put(filters, "profession", this.profession);
		put(filters, "competence", this.competence);
		put(filters, "country", this.country);
		put(filters, "careSetting", this.careSetting);
		put(filters, "label", this.label);
		put(filters, "year", (this.year != null) ? this.year.toString() : null);
		return filters;
	}

	private static void put(Map<String, String> filters, String name, String value) {
		if (value != null) {
			filters.put(name, value);
		}
	}

	private static String clean(String value, int max) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String stripped = value.strip();
		return (stripped.length() > max) ? stripped.substring(0, max) : stripped;
	}

}
