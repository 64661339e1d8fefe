package eu.dhso.core.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

import org.jspecify.annotations.Nullable;

import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponents;
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
	 * Values a facet shows at first, those most results have; the others are a link away.
	 * A facet of fifty values is long to scan, and rendering a library page's hundred
	 * values was a fifth of its CPU.
	 */
	public static final int SHOWN_VALUES = 10;

	/** The request parameter that names the facet shown with all its values. */
	public static final String ALL_VALUES_OF = "all";

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
		String expanded = links.expanded();
		facets.forEach((facet, values) -> {
			if (values.isEmpty()) {
				return;
			}
			boolean all = facet.equals(expanded) || values.size() <= SHOWN_VALUES;
			List<Option> options = new ArrayList<>();
			for (int i = 0; i < values.size(); i++) {
				V v = values.get(i);
				String shown = value.apply(v);
				// a value filtered by is shown however few results have it
				if (all || i < SHOWN_VALUES || shown.equals(active.get(facet))) {
					options.add(new Option(links.valueName(facet, shown), links.filter(facet, shown),
							count.applyAsLong(v)));
				}
			}
			String more = all ? null : links.filter(ALL_VALUES_OF, facet);
			String fewer = (all && values.size() > SHOWN_VALUES) ? links.without(ALL_VALUES_OF) : null;
			groups.add(new Facet(messagePrefix + facet, List.copyOf(options), values.size(), more, fewer));
		});
		return new FacetedSearch(messagePrefix, removeKey, facetsLabelKey, filters, groups);
	}

	/**
	 * A filter in force: the facet's message key, the value's name, the link without it.
	 */
	public record ActiveFilter(String facetKey, String valueName, String removeLink) {
	}

	/**
	 * A facet: its message key, the values it shows, how many it has, and a link that
	 * shows all of them or, when it shows all of many, one that shows fewer.
	 */
	public record Facet(String nameKey, List<Option> options, int values, @Nullable String allLink,
			@Nullable String fewerLink) {
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

		/** The facet the request asks to show with all its values, if any. */
		default @Nullable String expanded() {
			return null;
		}

		/**
		 * Links from one parse of the current request: a page of facets has a hundred of
		 * them, and parsing the request for each was a twentieth of the library's CPU.
		 */
		static Links of(UriComponentsBuilder firstPage, ValueNames names) {
			UriComponents current = firstPage.build();
			String path = current.getPath();
			MultiValueMap<String, String> params = current.getQueryParams();
			int pathLength = (path != null) ? path.length() : 0;
			// a facet's values share the link without the facet
			Map<String, String> withoutFacet = new HashMap<>();
			return new Links() {
				@Override
				public String filter(String facet, String value) {
					String without = withoutFacet.computeIfAbsent(facet, (f) -> link(path, params, f, null));
					return without + ((without.length() == pathLength) ? '?' : '&') + facet + '=' + value;
				}

				@Override
				public String without(String facet) {
					return link(path, params, facet, null);
				}

				@Override
				public String valueName(String facet, String value) {
					return names.valueName(facet, value);
				}

				@Override
				public @Nullable String expanded() {
					return params.getFirst(ALL_VALUES_OF);
				}
			};
		}

		/**
		 * The link {@code replaceQueryParam(facet, value)} and {@code getQuery()} would
		 * write (the facet's values removed, the new one last; without a value, only
		 * removed), with no builder copied per link: copying it for each of a page's
		 * hundred values was a twentieth of a library page's CPU.
		 */
		static String link(@Nullable String path, MultiValueMap<String, String> params, String facet,
				@Nullable String value) {
			StringBuilder link = new StringBuilder(128).append((path != null) ? path : "");
			int start = link.length();
			params.forEach((name, values) -> {
				if (name.equals(facet)) {
					return;
				}
				if (values == null || values.isEmpty()) {
					link.append((link.length() == start) ? '?' : '&').append(name);
				}
				else {
					for (String v : values) {
						link.append((link.length() == start) ? '?' : '&').append(name);
						if (v != null) {
							link.append('=').append(v);
						}
					}
				}
			});
			if (value != null) {
				link.append((link.length() == start) ? '?' : '&').append(facet).append('=').append(value);
			}
			return link.toString();
		}

	}

}
