package eu.dhso.cases.web;

import java.util.Locale;
import java.util.Map;

import eu.dhso.cases.library.LibraryPage;
import eu.dhso.cases.library.LibraryQuery;
import eu.dhso.cases.workflow.CompetenceIndex;
import eu.dhso.core.taxonomy.CountryNames;
import eu.dhso.core.web.FacetedSearch;

import org.jspecify.annotations.Nullable;

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
public class CaseLinks implements FacetedSearch.ValueNames {

	private final MessageSource messages;

	private final CompetenceIndex competences;

	CaseLinks(MessageSource messages, CompetenceIndex competences) {
		this.messages = messages;
		this.competences = competences;
	}

	/** The library's filters and facets for the one faceted-search fragment. */
	public FacetedSearch facets(LibraryQuery query, LibraryPage page) {
		return FacetedSearch.of("cases.facet.", "cases.filter.remove", "cases.facets", query.activeFilters(),
				page.facets(), LibraryPage.FacetValue::value, LibraryPage.FacetValue::count,
				(facet, value) -> facetValue(facet, value, page.framework()));
	}

	@Override
	public String valueName(String facet, String value) {
		return facetValue(facet, value);
	}

	/** How a facet value reads in the current language. */
	public String facetValue(String facet, String value) {
		return facetValue(facet, value, null);
	}

	/**
	 * How a facet value reads in the current language, a competence by its title in the
	 * framework version given (the latest published without one).
	 */
	private String facetValue(String facet, String value, @Nullable Long framework) {
		Locale locale = LocaleContextHolder.getLocale();
		return switch (facet) {
			case "technology" -> this.messages.getMessage("taxonomy.technology." + value, null, value, locale);
			case "profession" -> this.messages.getMessage("taxonomy.profession." + value, null, value, locale);
			case "careSetting" -> this.messages.getMessage("taxonomy.care_setting." + value, null, value, locale);
			case "label" -> this.messages.getMessage("cases.label." + value, null, value, locale);
			case "trainingMethod" -> this.messages.getMessage("cases.training.method." + value, null, value, locale);
			case "trainingFormat" -> this.messages.getMessage("taxonomy.training_format." + value, null, value, locale);
			case "country" -> countryName(value);
			case "competence" -> value + " " + this.competences.titlesByCode(framework).getOrDefault(value, "");
			default -> value;
		};
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
		return CountryNames.isIsoCode(code) ? CountryNames.of(code, locale) : code;
	}

}
