package eu.dhso.core.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The absolute address of the page being shown, for its canonical link and Open Graph
 * tags: from {@link PublicUrl}, never from the request's Host header. Queries are left
 * out (filters, pages, the language) so that search engines keep one address per page.
 */
@ControllerAdvice
class PageMetadata {

	private final PublicUrl publicUrl;

	PageMetadata(PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
	}

	@ModelAttribute("canonicalUrl")
	String canonicalUrl(HttpServletRequest request) {
		return this.publicUrl.link(request.getRequestURI());
	}

}
