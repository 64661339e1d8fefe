package eu.dhso.core.catalogue;

import java.util.List;
import java.util.Set;

/**
 * Something the learning catalogue lists: a module contributes its published items (the
 * case library its cases, the learning lab its schemes, modules and resources) without
 * the catalogue depending on that module.
 */
public interface CatalogueSource {

	/**
	 * Published entries matching the query, best first, at most {@code query.limit()}.
	 */
	List<CatalogueEntry> search(CatalogueQuery query);

	/**
	 * What a visitor asked for; empty sets and null values do not filter. Codes:
	 * profession and technology codes of the core taxonomy, competence codes of the
	 * framework; {@code format} is a resource's file format, {@code activityFormat} a
	 * name of {@link eu.dhso.core.taxonomy.TrainingFormat} (training that used it).
	 */
	record CatalogueQuery(String text, Set<String> professions, Set<String> competences, Set<String> technologies,
			String language, String format, String licence, int limit, String activityFormat) {

		public CatalogueQuery {
			professions = Set.copyOf(professions);
			competences = Set.copyOf(competences);
			technologies = Set.copyOf(technologies);
		}

		public CatalogueQuery(String text, Set<String> professions, Set<String> competences, Set<String> technologies,
				String language, String format, String licence, int limit) {
			this(text, professions, competences, technologies, language, format, licence, limit, null);
		}

		public boolean hasText() {
			return this.text != null && !this.text.isBlank();
		}

	}

	/**
	 * One listed item. {@code kind} names a message key suffix
	 * ({@code catalogue.kind.case}); {@code rank} orders entries from different sources
	 * (0–1, text relevance when searching).
	 */
	record CatalogueEntry(String kind, String title, String summary, String link, String language, String format,
			String licence, Set<String> professions, Set<String> competences, Set<String> technologies, double rank) {
	}

}
