package eu.dhso.lab.web;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

import eu.dhso.core.web.FacetedSearch;
import eu.dhso.lab.catalogue.CataloguePage;
import eu.dhso.lab.catalogue.CatalogueRequest;
import eu.dhso.lab.scheme.CompetenceTitles;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Helpers the lab's templates call as {@code @labLinks}: facet links, names, times. */
@Component("labLinks")
class LabLinks implements FacetedSearch.ValueNames {

	/** Languages schemes and resources can be written in. */
	static final List<String> LANGUAGES = List.of("en", "el", "hu", "it", "lt", "ro", "da", "de", "es", "fr", "mt");

	static final List<String> LICENCES = List.of("CC BY 4.0", "CC BY-SA 4.0", "CC BY-NC 4.0", "CC BY-NC-SA 4.0",
			"CC0 1.0", "All rights reserved");

	private final CompetenceTitles competences;

	private final MessageSource messages;

	LabLinks(CompetenceTitles competences, MessageSource messages) {
		this.competences = competences;
		this.messages = messages;
	}

	public List<String> languages() {
		return LANGUAGES;
	}

	public List<String> licences() {
		return LICENCES;
	}

	/** The catalogue's filters and facets for the one faceted-search fragment. */
	public FacetedSearch facets(CatalogueRequest request, CataloguePage page) {
		return FacetedSearch.of("lab.facet.", "lab.catalogue.removeFilter", "lab.catalogue.facets",
				request.activeFilters(), page.facets(), CataloguePage.FacetValue::value,
				CataloguePage.FacetValue::count, this);
	}

	@Override
	public String valueName(String facet, String value) {
		return facetValue(facet, value);
	}

	/** The visible name of a facet value in the reader's language. */
	public String facetValue(String facet, String value) {
		Locale locale = LocaleContextHolder.getLocale();
		return switch (facet) {
			case "profession" -> message("taxonomy.profession." + value, value, locale);
			case "technology" -> message("taxonomy.technology." + value, value, locale);
			case "activityFormat" -> message("taxonomy.training_format." + value, value, locale);
			case "competence" -> this.competences.label(value);
			case "language" -> languageName(value);
			case "format" -> message("lab.resource.kind." + value, value, locale);
			case "kind" -> message("catalogue.kind." + value, value, locale);
			default -> value;
		};
	}

	public String languageName(String code) {
		if (code == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		return Locale.forLanguageTag(code).getDisplayLanguage(locale);
	}

	public String competence(String code) {
		return this.competences.label(code);
	}

	/** Minutes as hours and minutes: "2 h 30 min". */
	public String duration(int minutes) {
		int hours = minutes / 60;
		int rest = minutes % 60;
		if (hours == 0) {
			return rest + " min";
		}
		return (rest == 0) ? hours + " h" : hours + " h " + rest + " min";
	}

	public String dateTime(Instant instant, ZoneId zone) {
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.format(instant.atZone(zone));
	}

	public String time(Instant instant, ZoneId zone) {
		return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.format(instant.atZone(zone));
	}

	public String date(java.time.temporal.TemporalAccessor date) {
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(LocaleContextHolder.getLocale())
			.format(date);
	}

	/** The UTC day of an instant, e.g. when something was published. */
	public String day(Instant instant) {
		return (instant != null) ? date(instant.atZone(java.time.ZoneOffset.UTC).toLocalDate()) : "";
	}

	public String fileSize(Long bytes) {
		if (bytes == null) {
			return "";
		}
		if (bytes < 1024) {
			return bytes + " B";
		}
		if (bytes < 1024 * 1024) {
			return Math.round(bytes / 1024.0) + " KB";
		}
		return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	private String message(String key, String fallback, Locale locale) {
		return this.messages.getMessage(key, null, fallback, locale);
	}

}
