package eu.dhso.lab.catalogue;

import java.util.List;
import java.util.Map;

import eu.dhso.core.catalogue.CatalogueSource.CatalogueEntry;

/** One page of the merged catalogue, with facet counts over every matching entry. */
public record CataloguePage(CatalogueRequest request, List<CatalogueEntry> entries, long total,
		Map<String, List<FacetValue>> facets) {

	public int totalPages() {
		return (int) ((this.total + CatalogueRequest.PAGE_SIZE - 1) / CatalogueRequest.PAGE_SIZE);
	}

	public boolean hasPrevious() {
		return this.request.page() > 0;
	}

	public boolean hasNext() {
		return this.request.page() + 1 < totalPages();
	}

	public record FacetValue(String value, long count) {
	}

}
