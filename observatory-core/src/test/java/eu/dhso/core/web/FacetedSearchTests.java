package eu.dhso.core.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

class FacetedSearchTests {

	record Count(String value, long count) {
	}

	static final FacetedSearch.Links LINKS = new FacetedSearch.Links() {
		@Override
		public String filter(String facet, String value) {
			return "/search?" + facet + "=" + value;
		}

		@Override
		public String without(String facet) {
			return "/search?without=" + facet;
		}

		@Override
		public String valueName(String facet, String value) {
			return value.toLowerCase();
		}
	};

	@Test
	void activeFiltersLinkToTheSearchWithoutThemAndEmptyFacetsAreLeftOut() {
		Map<String, List<Count>> facets = new LinkedHashMap<>();
		facets.put("technology", List.of(new Count("EHR", 3), new Count("MHEALTH", 1)));
		facets.put("country", List.of());
		FacetedSearch search = FacetedSearch.of("cases.facet.", "cases.filter.remove", "cases.facets",
				Map.of("technology", "EHR"), facets, Count::value, Count::count, LINKS);
		assertThat(search.active()).containsExactly(
				new FacetedSearch.ActiveFilter("cases.facet.technology", "ehr", "/search?without=technology"));
		assertThat(search.facets()).singleElement().satisfies((facet) -> {
			assertThat(facet.nameKey()).isEqualTo("cases.facet.technology");
			assertThat(facet.options()).containsExactly(new FacetedSearch.Option("ehr", "/search?technology=EHR", 3),
					new FacetedSearch.Option("mhealth", "/search?technology=MHEALTH", 1));
		});
	}

	@Test
	void aFacetOfManyValuesShowsTheFirstAndTheOneFilteredByAndLinksToAll() {
		List<Count> many = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			many.add(new Count("C" + i, 100 - i));
		}
		Map<String, List<Count>> facets = new LinkedHashMap<>();
		facets.put("competence", many);
		facets.put("country", many.subList(0, FacetedSearch.SHOWN_VALUES));
		FacetedSearch search = FacetedSearch.of("cases.facet.", "cases.filter.remove", "cases.facets",
				Map.of("competence", "C20"), facets, Count::value, Count::count, LINKS);
		FacetedSearch.Facet competence = search.facets().get(0);
		assertThat(competence.options()).extracting(FacetedSearch.Option::name)
			.containsExactly("c0", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8", "c9", "c20");
		assertThat(competence.values()).isEqualTo(25);
		assertThat(competence.allLink()).isEqualTo("/search?all=competence");
		assertThat(competence.fewerLink()).isNull();
		FacetedSearch.Facet country = search.facets().get(1);
		assertThat(country.options()).hasSize(FacetedSearch.SHOWN_VALUES);
		assertThat(country.allLink()).isNull();
		assertThat(country.fewerLink()).isNull();
	}

	@Test
	void theFacetTheRequestNamesShowsAllItsValuesAndLinksToFewer() {
		List<Count> many = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			many.add(new Count("C" + i, 100 - i));
		}
		FacetedSearch.Links links = FacetedSearch.Links.of(
				UriComponentsBuilder.fromUriString("/cases?q=nurse&all=competence&page=2").replaceQueryParam("page"),
				(facet, value) -> value);
		FacetedSearch search = FacetedSearch.of("cases.facet.", "cases.filter.remove", "cases.facets", Map.of(),
				Map.of("competence", many, "technology", many), Count::value, Count::count, links);
		FacetedSearch.Facet competence = search.facets()
			.stream()
			.filter((f) -> f.nameKey().equals("cases.facet.competence"))
			.findFirst()
			.orElseThrow();
		assertThat(competence.options()).hasSize(25);
		assertThat(competence.options().get(24).link()).isEqualTo("/cases?q=nurse&all=competence&competence=C24");
		assertThat(competence.allLink()).isNull();
		assertThat(competence.fewerLink()).isEqualTo("/cases?q=nurse");
		FacetedSearch.Facet technology = search.facets()
			.stream()
			.filter((f) -> f.nameKey().equals("cases.facet.technology"))
			.findFirst()
			.orElseThrow();
		assertThat(technology.options()).hasSize(FacetedSearch.SHOWN_VALUES);
		assertThat(technology.allLink()).isEqualTo("/cases?q=nurse&all=technology");
	}

	@Test
	void linksFromOneParseOfTheRequestEachChangeOnlyTheirOwnFilter() {
		FacetedSearch.Links links = FacetedSearch.Links.of(
				UriComponentsBuilder.fromUriString("/cases?q=nurse%20team&country=IT&page=3").replaceQueryParam("page"),
				(facet, value) -> value);
		assertThat(links.filter("technology", "EHR")).isEqualTo("/cases?q=nurse%20team&country=IT&technology=EHR");
		assertThat(links.filter("country", "GR")).isEqualTo("/cases?q=nurse%20team&country=GR");
		assertThat(links.without("country")).isEqualTo("/cases?q=nurse%20team");
		assertThat(links.filter("technology", "MHEALTH"))
			.isEqualTo("/cases?q=nurse%20team&country=IT&technology=MHEALTH");
	}

	/**
	 * The links written without a builder per link are the builder's, character for
	 * character.
	 */
	@Test
	void linksAreTheBuildersOwn() {
		for (String request : List.of("/cases", "/cases?page=2", "/cases?q=nurse%20team&country=IT&page=3",
				"/cases?technology=EHR&q=a&technology=MHEALTH&flag&empty=&country=IT", "/cases?country=IT&country=GR",
				"/cases?q=caf%C3%A9+%26+co&sort=title")) {
			UriComponentsBuilder firstPage = UriComponentsBuilder.fromUriString(request).replaceQueryParam("page");
			FacetedSearch.Links links = FacetedSearch.Links.of(firstPage, (facet, value) -> value);
			for (String facet : List.of("technology", "country", "q", "flag", "other")) {
				assertThat(links.without(facet)).as(request + " without " + facet)
					.isEqualTo(ListingLinks.relative(firstPage.cloneBuilder().replaceQueryParam(facet).build()));
				for (String value : List.of("EHR", "A B", "x&y")) {
					assertThat(links.filter(facet, value)).as(request + " " + facet + "=" + value)
						.isEqualTo(ListingLinks
							.relative(firstPage.cloneBuilder().replaceQueryParam(facet, value).build()));
				}
			}
		}
	}

}
