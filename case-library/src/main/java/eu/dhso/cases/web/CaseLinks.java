package eu.dhso.cases.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import eu.dhso.cases.library.LibraryPage;
import eu.dhso.cases.library.LibraryQuery;
import eu.dhso.cases.workflow.CompetenceIndex;
import eu.dhso.core.web.FacetedSearch;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponents;

/**
 * Links of the library page that keep every other part of its state, so each state is a
 * shareable URL; templates call it as {@code @caseLinks}.
 */
@Component("caseLinks")
public class CaseLinks implements FacetedSearch.Links {

	/** A listing names each country of its facets: looked up once per language. */
	private static final Map<Locale, Map<String, String>> COUNTRY_NAMES = new ConcurrentHashMap<>();

	private static final Pattern ISO_CODE = Pattern.compile("[A-Za-z]{2}");

	private final MessageSource messages;

	private final CompetenceIndex competences;

	CaseLinks(MessageSource messages, CompetenceIndex competences) {
		this.messages = messages;
		this.competences = competences;
	}

	/** The library's filters and facets for the one faceted-search fragment. */
	public FacetedSearch facets(LibraryQuery query, LibraryPage page) {
		return FacetedSearch.of("cases.facet.", "cases.filter.remove", "cases.facets", query.activeFilters(),
				page.facets(), LibraryPage.FacetValue::value, LibraryPage.FacetValue::count, this);
	}

	@Override
	public String valueName(String facet, String value) {
		return facetValue(facet, value);
	}

	/** How a facet value reads in the current language. */
	public String facetValue(String facet, String value) {
		Locale locale = LocaleContextHolder.getLocale();
		return switch (facet) {
			case "technology" -> this.messages.getMessage("taxonomy.technology." + value, null, value, locale);
			case "profession" -> this.messages.getMessage("taxonomy.profession." + value, null, value, locale);
			case "careSetting" -> this.messages.getMessage("taxonomy.care_setting." + value, null, value, locale);
			case "label" -> this.messages.getMessage("cases.label." + value, null, value, locale);
			case "trainingMethod" -> this.messages.getMessage("cases.training.method." + value, null, value, locale);
			case "trainingFormat" -> this.messages.getMessage("taxonomy.training_format." + value, null, value, locale);
			case "country" -> countryName(value);
			case "competence" -> value + " "
					+ this.competences.all()
						.stream()
						.filter((c) -> c.code().equals(value))
						.map((c) -> c.title())
						.findFirst()
						.orElse("");
			default -> value;
		};
	}

	/** The current search with one facet set to a value, from the first page. */
	public String filter(String facet, String value) {
		return relative(ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam(facet, value)
			.replaceQueryParam("page")
			.build());
	}

	/** The current search without one facet's filter. */
	public String without(String facet) {
		return relative(ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam(facet)
			.replaceQueryParam("page")
			.build());
	}

	/** The CSV export of the current search, with every filter but the page. */
	public String export() {
		UriComponents current = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page").build();
		String query = current.getQuery();
		return "/cases/export.csv" + ((query != null && !query.isEmpty()) ? "?" + query : "");
	}

	public String countryName(String code) {
		Locale locale = LocaleContextHolder.getLocale();
		if (code == null) {
			return "";
		}
		// a filter value comes from the URL: anything but an ISO code is shown as typed
		if (!ISO_CODE.matcher(code).matches()) {
			return code;
		}
		return COUNTRY_NAMES.computeIfAbsent(locale, (l) -> new ConcurrentHashMap<>())
			.computeIfAbsent(code, (c) -> new Locale.Builder().setRegion(c).build().getDisplayCountry(locale));
	}

	private static String relative(UriComponents uri) {
		String query = uri.getQuery();
		return uri.getPath() + ((query != null && !query.isEmpty()) ? "?" + query : "");
	}

}
