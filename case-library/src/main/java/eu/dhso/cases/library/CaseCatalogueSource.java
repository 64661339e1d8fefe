package eu.dhso.cases.library;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.dhso.cases.PublishedCase;
import eu.dhso.core.catalogue.CatalogueSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published cases for the learning catalogue, found with the online library's own search.
 * Cases carry no language, format or licence, so a query filtering on one of those gets
 * none; an activity format finds the cases whose staff were trained in it. When text is
 * searched, the rank is the library's full-text rank scaled to 0–1.
 */
@Component
class CaseCatalogueSource implements CatalogueSource {

	/** Rank of every case when nothing is searched for, as the other sources do. */
	static final double UNRANKED = 0.5;

	private final PublishedCases library;

	private final JdbcClient jdbc;

	CaseCatalogueSource(PublishedCases library, JdbcClient jdbc) {
		this.library = library;
		this.jdbc = jdbc;
	}

	@Override
	@Transactional(readOnly = true)
	public List<CatalogueEntry> search(CatalogueQuery query) {
		if (query.limit() <= 0 || present(query.language()) || present(query.format()) || present(query.licence())) {
			return List.of();
		}
		String text = query.hasText() ? query.text().strip() : null;
		// The library filters on one value per facet; a set means any of its values.
		Map<Long, PublishedCase> found = new LinkedHashMap<>();
		for (String technology : orNull(query.technologies())) {
			for (String profession : orNull(query.professions())) {
				for (String competence : orNull(query.competences())) {
					// a case matches an activity format its staff were trained in
					LibraryQuery libraryQuery = new LibraryQuery(text, technology, profession, competence, null, null,
							null, null, null, 0, LibraryQuery.PAGE_SIZE, null, query.activityFormat());
					for (PublishedCase published : this.library.matching(libraryQuery, query.limit())) {
						found.putIfAbsent(published.id(), published);
					}
				}
			}
		}
		Map<Long, Double> ranks = (text != null) ? ranks(text, found.keySet()) : Map.of();
		List<CatalogueEntry> entries = new ArrayList<>();
		for (PublishedCase published : found.values()) {
			entries.add(new CatalogueEntry("case", published.title(), published.summary(), "/cases/" + published.id(),
					null, null, null, Set.copyOf(published.professions()),
					Set.copyOf(PublicVersion.competenceCodes(published)), Set.copyOf(published.technologies()),
					ranks.getOrDefault(published.id(), UNRANKED)));
		}
		entries.sort((a, b) -> Double.compare(b.rank(), a.rank()));
		return (entries.size() > query.limit()) ? List.copyOf(entries.subList(0, query.limit())) : entries;
	}

	/** The full-text rank of each case, normalised to rank / (rank + 1). */
	private Map<Long, Double> ranks(String text, Set<Long> ids) {
		Map<Long, Double> ranks = new HashMap<>();
		if (ids.isEmpty()) {
			return ranks;
		}
		this.jdbc.sql("""
				select case_id, ts_rank_cd(search_vector,
				    websearch_to_tsquery('simple', cases.immutable_unaccent(:q)), 32)
				from cases.published_case where case_id = any(:ids)""")
			.param("q", text)
			.param("ids", ids.toArray(Long[]::new))
			.query((rs) -> {
				ranks.put(rs.getLong(1), rs.getDouble(2));
			});
		return ranks;
	}

	private static boolean present(String value) {
		return value != null && !value.isBlank();
	}

	private static List<String> orNull(Set<String> values) {
		List<String> list = new ArrayList<>(values);
		if (list.isEmpty()) {
			list.add(null);
		}
		return list;
	}

}
