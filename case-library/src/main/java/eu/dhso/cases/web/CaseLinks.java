package eu.dhso.cases.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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
public class CaseLinks {

	private static final int MOST_NAMES = 2_000;

	private final MessageSource messages;

	private final Map<Locale, Map<String, String>> names = new ConcurrentHashMap<>();

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
			case "technology" -> named("taxonomy.technology." + value, value, locale);
			case "profession" -> named("taxonomy.profession." + value, value, locale);
			case "careSetting" -> named("taxonomy.care_setting." + value, value, locale);
			case "label" -> named("cases.label." + value, value, locale);
			case "trainingMethod" -> named("cases.training.method." + value, value, locale);
			case "trainingFormat" -> named("taxonomy.training_format." + value, value, locale);
			case "country" -> countryName(value);
			case "competence" -> value + " " + this.competences.titlesByCode(framework).getOrDefault(value, "");
			default -> value;
		};
	}

	/**
	 * A value's name by its message, kept per language: a library page names some sixty
	 * values, and each message was looked up through every bundle of every module. Values
	 * come from requests too, so only so many are kept.
	 */
	private String named(String code, String value, Locale locale) {
		Map<String, String> names = this.names.computeIfAbsent(locale, (l) -> new ConcurrentHashMap<>());
		String name = names.get(code);
		if (name == null) {
			name = this.messages.getMessage(code, null, value, locale);
			if (names.size() < MOST_NAMES) {
				names.put(code, name);
			}
		}
		return name;
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
