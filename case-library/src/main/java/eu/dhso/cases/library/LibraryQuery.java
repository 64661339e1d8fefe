package eu.dhso.cases.library;

import java.util.LinkedHashMap;
import java.util.Map;

import eu.dhso.core.web.Paging;

import static eu.dhso.core.web.SearchParameters.clean;
import static eu.dhso.core.web.SearchParameters.putIfSet;

/**
 * One state of the library page: free text, one value per facet, order and page. Every
 * field is a request parameter, so each state is a shareable URL.
 */
public record LibraryQuery(String q, String technology, String profession, String competence, String country,
		String careSetting, String label, Integer year, String sort, int page, int size, String trainingMethod,
		String trainingFormat) {

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
		trainingMethod = clean(trainingMethod, 30);
		trainingFormat = clean(trainingFormat, 20);
		sort = switch ((sort != null) ? sort : "") {
			case "newest", "title", "relevance" -> sort;
			default -> (q != null) ? "relevance" : "newest";
		};
		if ("relevance".equals(sort) && q == null) {
			sort = "newest";
		}
		page = Paging.page(page);
		size = PAGE_SIZES.contains(size) ? size : PAGE_SIZE;
	}

	public LibraryQuery(String q, String technology, String profession, String competence, String country,
			String careSetting, String label, Integer year, String sort, int page, int size) {
		this(q, technology, profession, competence, country, careSetting, label, year, sort, page, size, null, null);
	}

	public LibraryQuery(String q, String technology, String profession, String competence, String country,
			String careSetting, String label, Integer year, String sort, int page) {
		this(q, technology, profession, competence, country, careSetting, label, year, sort, page, PAGE_SIZE);
	}

	public static LibraryQuery all() {
		return new LibraryQuery(null, null, null, null, null, null, null, null, null, 0);
	}

	/** The same search on another page. */
	public LibraryQuery onPage(int otherPage) {
		return new LibraryQuery(this.q, this.technology, this.profession, this.competence, this.country,
				this.careSetting, this.label, this.year, this.sort, otherPage, this.size, this.trainingMethod,
				this.trainingFormat);
	}

	public boolean hasText() {
		return this.q != null;
	}

	/** The facet filters in force, by facet name, for "remove filter" links. */
	public Map<String, String> activeFilters() {
		Map<String, String> filters = new LinkedHashMap<>();
		putIfSet(filters, "technology", this.technology);
		putIfSet(filters, "profession", this.profession);
		putIfSet(filters, "competence", this.competence);
		putIfSet(filters, "country", this.country);
		putIfSet(filters, "careSetting", this.careSetting);
		putIfSet(filters, "label", this.label);
		putIfSet(filters, "year", (this.year != null) ? this.year.toString() : null);
		putIfSet(filters, "trainingMethod", this.trainingMethod);
		putIfSet(filters, "trainingFormat", this.trainingFormat);
		return filters;
	}

}
