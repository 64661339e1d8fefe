package eu.dhso.lab.catalogue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import eu.dhso.core.catalogue.CatalogueSource.CatalogueQuery;
import eu.dhso.core.web.Paging;

import static eu.dhso.core.web.SearchParameters.clean;
import static eu.dhso.core.web.SearchParameters.putIfSet;

/**
 * One state of the catalogue page: free text, one value per facet and the page. Every
 * field is a request parameter, so each state is a shareable URL.
 */
public record CatalogueRequest(String q, String profession, String competence, String technology, String language,
		String format, String licence, String kind, int page, String activityFormat) {

	public static final int PAGE_SIZE = 20;

	/** How many entries each source is asked for; facets count over these. */
	public static final int PER_SOURCE = 500;

	public CatalogueRequest {
		q = clean(q, 200);
		profession = clean(profession, 40);
		competence = clean(competence, 10);
		technology = clean(technology, 40);
		language = clean(language, 2);
		format = clean(format, 20);
		licence = clean(licence, 40);
		kind = clean(kind, 20);
		activityFormat = clean(activityFormat, 20);
		page = Paging.page(page);
	}

	public CatalogueRequest(String q, String profession, String competence, String technology, String language,
			String format, String licence, String kind, int page) {
		this(q, profession, competence, technology, language, format, licence, kind, page, null);
	}

	public static CatalogueRequest all() {
		return new CatalogueRequest(null, null, null, null, null, null, null, null, 0);
	}

	public CatalogueQuery toQuery() {
		return new CatalogueQuery(this.q, set(this.profession), set(this.competence), set(this.technology),
				this.language, this.format, this.licence, PER_SOURCE, this.activityFormat);
	}

	/** The facet filters in force, by facet name, for "remove filter" links. */
	public Map<String, String> activeFilters() {
		Map<String, String> filters = new LinkedHashMap<>();
		putIfSet(filters, "kind", this.kind);
		putIfSet(filters, "profession", this.profession);
		putIfSet(filters, "competence", this.competence);
		putIfSet(filters, "technology", this.technology);
		putIfSet(filters, "language", this.language);
		putIfSet(filters, "format", this.format);
		putIfSet(filters, "licence", this.licence);
		putIfSet(filters, "activityFormat", this.activityFormat);
		return filters;
	}

	private static Set<String> set(String value) {
		return (value != null) ? Set.of(value) : Set.of();
	}

}
