package eu.dhso.lab.catalogue;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import eu.dhso.core.catalogue.CatalogueSource;
import eu.dhso.core.catalogue.CatalogueSource.CatalogueEntry;
import eu.dhso.core.catalogue.CatalogueSource.CatalogueQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The one catalogue of the observatory's learning material: every {@link CatalogueSource}
 * is asked, the answers are merged by rank, facets are counted over the merged entries
 * and the result is cut into pages. A failing source is left out rather than failing the
 * page.
 */
@Service("labCatalogue")
public class Catalogue {

	static final List<String> FACETS = List.of("kind", "profession", "competence", "technology", "language", "format",
			"licence");

	static final List<String> KIND_ORDER = List.of("scheme", "module", "resource", "case");

	private static final Logger logger = LoggerFactory.getLogger(Catalogue.class);

	private final ObjectProvider<CatalogueSource> sources;

	Catalogue(ObjectProvider<CatalogueSource> sources) {
		this.sources = sources;
	}

	public CataloguePage search(CatalogueRequest request) {
		CatalogueQuery query = request.toQuery();
		List<CatalogueEntry> merged = new ArrayList<>();
		this.sources.orderedStream().forEach((source) -> {
			try {
				merged.addAll(source.search(query));
			}
			catch (RuntimeException ex) {
				logger.warn("Catalogue source {} failed: {}", source.getClass().getSimpleName(), ex.toString());
			}
		});
		return page(request, merged);
	}

	/** Merges, filters by kind, counts facets and cuts the page; no database involved. */
	static CataloguePage page(CatalogueRequest request, List<CatalogueEntry> entries) {
		List<CatalogueEntry> ordered = new ArrayList<>(entries);
		ordered.sort(Comparator.comparingDouble(CatalogueEntry::rank)
			.reversed()
			.thenComparingInt((CatalogueEntry e) -> kindOrder(e.kind()))
			.thenComparing((CatalogueEntry e) -> (e.title() != null) ? e.title().toLowerCase() : ""));
		Map<String, List<CataloguePage.FacetValue>> facets = new LinkedHashMap<>();
		// The kind facet counts before the kind filter, so the other kinds stay
		// reachable.
		facets.put("kind", count(ordered, (e) -> single(e.kind())));
		List<CatalogueEntry> matching = (request.kind() != null)
				? ordered.stream().filter((e) -> request.kind().equals(e.kind())).toList() : ordered;
		facets.put("profession", count(matching, CatalogueEntry::professions));
		facets.put("competence", count(matching, CatalogueEntry::competences));
		facets.put("technology", count(matching, CatalogueEntry::technologies));
		facets.put("language", count(matching, (e) -> single(e.language())));
		facets.put("format", count(matching, (e) -> single(e.format())));
		facets.put("licence", count(matching, (e) -> single(e.licence())));
		int from = Math.min(request.page() * CatalogueRequest.PAGE_SIZE, matching.size());
		int to = Math.min(from + CatalogueRequest.PAGE_SIZE, matching.size());
		return new CataloguePage(request, List.copyOf(matching.subList(from, to)), matching.size(), facets);
	}

	private static int kindOrder(String kind) {
		int index = KIND_ORDER.indexOf(kind);
		return (index >= 0) ? index : KIND_ORDER.size();
	}

	private static List<String> single(String value) {
		return (value != null) ? List.of(value) : List.of();
	}

	/** Values by count, most frequent first, ties by value. */
	private static List<CataloguePage.FacetValue> count(List<CatalogueEntry> entries,
			Function<CatalogueEntry, Collection<String>> values) {
		Map<String, Long> counts = new TreeMap<>();
		for (CatalogueEntry entry : entries) {
			for (String value : values.apply(entry)) {
				counts.merge(value, 1L, Long::sum);
			}
		}
		return counts.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.map((e) -> new CataloguePage.FacetValue(e.getKey(), e.getValue()))
			.toList();
	}

}
