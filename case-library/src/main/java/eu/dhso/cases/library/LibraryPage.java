package eu.dhso.cases.library;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One page of search results with the facet counts of the whole result.
 *
 * @param framework the framework version whose titles name the competences, read with the
 * search; null when the library keeps none and the framework is asked
 */
public record LibraryPage(LibraryQuery query, List<Hit> hits, long total, Map<String, List<FacetValue>> facets,
		@Nullable Long framework) {

	public int totalPages() {
		return (int) ((this.total + this.query.size() - 1) / this.query.size());
	}

	public boolean hasPrevious() {
		return this.query.page() > 0;
	}

	public boolean hasNext() {
		return this.query.page() + 1 < totalPages();
	}

	/**
	 * A search result. {@code snippetHtml} is escaped text whose only markup is
	 * {@code <mark>} around the matched words.
	 */
	public record Hit(long id, String title, String summary, String organisationName, String countryCode, String label,
			List<String> technologies, String snippetHtml, Instant publishedAt) {
	}

	public record FacetValue(String value, long count) {
	}

}
