package eu.dhso.lab.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import eu.dhso.core.catalogue.CatalogueSource.CatalogueEntry;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogueMergeTests {

	static CatalogueEntry entry(String kind, String title, double rank, String language, Set<String> professions) {
		return new CatalogueEntry(kind, title, "", "/x", language, null, null, professions, Set.of(), Set.of(), rank);
	}

	@Test
	void entriesOfAllSourcesMergeByRankAndFacetsCountTheMerge() {
		List<CatalogueEntry> entries = List.of(entry("resource", "B", 0.2, "en", Set.of("NURSE")),
				entry("case", "A", 0.9, null, Set.of("NURSE", "DOCTOR")),
				entry("scheme", "C", 0.5, "en", Set.of("DOCTOR")));
		CataloguePage page = Catalogue.page(CatalogueRequest.all(), entries);
		assertThat(page.entries()).extracting(CatalogueEntry::title).containsExactly("A", "C", "B");
		assertThat(page.total()).isEqualTo(3);
		assertThat(page.facets().get("profession"))
			.extracting(CataloguePage.FacetValue::value, CataloguePage.FacetValue::count)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("DOCTOR", 2L),
					org.assertj.core.groups.Tuple.tuple("NURSE", 2L));
		assertThat(page.facets().get("language")).singleElement().satisfies((v) -> assertThat(v.count()).isEqualTo(2));
	}

	@Test
	void theKindFilterKeepsTheOtherKindsCounted() {
		List<CatalogueEntry> entries = List.of(entry("resource", "B", 0.5, "en", Set.of()),
				entry("case", "A", 0.5, null, Set.of()), entry("scheme", "C", 0.5, "en", Set.of()));
		CataloguePage page = Catalogue.page(new CatalogueRequest(null, null, null, null, null, null, null, "case", 0),
				entries);
		assertThat(page.entries()).extracting(CatalogueEntry::title).containsExactly("A");
		assertThat(page.facets().get("kind")).hasSize(3);
	}

	@Test
	void equalRanksListSchemesFirstAndPagesHoldTwenty() {
		List<CatalogueEntry> entries = new ArrayList<>();
		for (int i = 0; i < 45; i++) {
			entries.add(entry((i == 44) ? "scheme" : "resource", String.format("R%02d", i), 0.5, "en", Set.of()));
		}
		CataloguePage first = Catalogue.page(CatalogueRequest.all(), entries);
		assertThat(first.entries()).hasSize(20);
		assertThat(first.entries().get(0).kind()).isEqualTo("scheme");
		assertThat(first.totalPages()).isEqualTo(3);
		CataloguePage last = Catalogue.page(new CatalogueRequest(null, null, null, null, null, null, null, null, 2),
				entries);
		assertThat(last.entries()).hasSize(5);
		assertThat(last.hasNext()).isFalse();
	}

}
