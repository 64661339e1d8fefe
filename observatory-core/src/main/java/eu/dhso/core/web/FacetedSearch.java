package eu.dhso.core.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * What a faceted search page shows beside its results: the filters in force, each with a
 * link that removes it, and the facets with a link and a count per value. Every faceted
 * page renders it with the one fragment {@code fragments/faceted-search}.
 *
 * @param messagePrefix prefix of the facet names' message keys ({@code cases.facet.})
 * @param removeKey message key of a remove link, with the facet name and value as
 * arguments
 * @param facetsLabelKey message key of the facets' accessible name
 */
public record FacetedSearch(String messagePrefix, String removeKey, String facetsLabelKey, List<ActiveFilter> active,
		List<Facet> facets) {

	/**
	 * A page's facets from its filters in force and its counted facet values, linked from
	 * the current request; the page names the values.
	 */
	public static <V> FacetedSearch of(String messagePrefix, String removeKey, String facetsLabelKey,
			Map<String, String> active, Map<String, ? extends List<V>> facets, Function<V, String> value,
			ToLongFunction<V> count, ValueNames names) {
		return of(messagePrefix, removeKey, facetsLabelKey, active, facets, value, count,
				Links.of(ListingLinks.currentFirstPage(), names));
	}

	/**
	 * A page's facets from its filters in force and its counted facet values; the page's
	 * links know how to add and remove a filter and how to name a value.
	 */
	static <V> FacetedSearch of(String messagePrefix, String removeKey, String facetsLabelKey,
			Map<String, String> active, Map<String, ? extends List<V>> facets, Function<V, String> value,
			ToLongFunction<V> count, Links links) {
		List<ActiveFilter> filters = new ArrayList<>();
		active.forEach((facet, v) -> filters
			.add(new ActiveFilter(messagePrefix + facet, links.valueName(facet, v), links.without(facet))));
		List<Facet> groups = new ArrayList<>();
		facets.forEach((facet, values) -> {
			if (!values.isEmpty()) {
				groups.add(new Facet(messagePrefix + facet,
						values.stream()
							.map((v) -> new Option(links.valueName(facet, value.apply(v)),
									links.filter(facet, value.apply(v)), count.applyAsLong(v)))
							.toList()));
			}
		});
		return new FacetedSearch(messagePrefix, removeKey, facetsLabelKey, filters, groups);
	}

	/**
	 * A filter in force: the facet's message key, the value's name, the link without it.
	 */
	public record ActiveFilter(String facetKey, String valueName, String removeLink) {
	}

	/** A facet: its message key and its values. */
	public record Facet(String nameKey, List<Option> options) {
	}

	/**
	 * A facet value: its name, the link that filters by it, and how many results have it.
	 */
	public record Option(String name, String link, long count) {
	}

	/** How a page names its facets' values in the reader's language. */
	@FunctionalInterface
	public interface ValueNames {

		String valueName(String facet, String value);

	}

	/** How a page links its filters and names their values. */
	interface Links extends ValueNames {

		String filter(String facet, String value);

		String without(String facet);

		/**
		 * Links from one parse of the current request: a page of facets has a hundred of
		 * them, and parsing the request for each was a twentieth of the library's CPU.
		 */
		static Links of(UriComponentsBuilder firstPage, ValueNames names) {
			return new Links() {
				@Override
				public String filter(String facet, String value) {
					return ListingLinks.relative(firstPage.cloneBuilder().replaceQueryParam(facet, value).build());
				}

				@Override
				public String without(String facet) {
					return ListingLinks.relative(firstPage.cloneBuilder().replaceQueryParam(facet).build());
				}

				@Override
				public String valueName(String facet, String value) {
					return names.valueName(facet, value);
				}
			};
		}

	}

}
