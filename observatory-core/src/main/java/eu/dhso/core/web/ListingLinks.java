package eu.dhso.core.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links for paginated and sortable listings that keep the current filters; templates call
 * it as {@code @listingLinks}.
 */
@Component("listingLinks")
public class ListingLinks {

	public String page(int page) {
		return relative(
				ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", Paging.page(page)).build());
	}

	/** Changing the order starts again at the first page. */
	public String sort(String sort) {
		return relative(currentFirstPage().replaceQueryParam("sort", sort).build());
	}

	/** The current request from its first page: where a changed filter or order leads. */
	static UriComponentsBuilder currentFirstPage() {
		return ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page");
	}

	static String relative(UriComponents uri) {
		String query = uri.getQuery();
		return uri.getPath() + ((query != null && !query.isEmpty()) ? "?" + query : "");
	}

}
