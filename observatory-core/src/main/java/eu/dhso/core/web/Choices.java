package eu.dhso.core.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.dhso.core.taxonomy.Taxonomy;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The options of a select list, rendered once per list, selection and language: a form
 * with the countries, professions and care settings evaluated some two hundred
 * expressions for the same markup on every visit. Templates call it inside the
 * {@code select}, whose id, name and errors stay theirs, through {@code th:with}
 * (Thymeleaf evaluates {@code th:utext} in restricted mode, without bean calls):
 * {@code <select id="country" name="country" th:with=
 * "options=${@choices.options(countries, form.country, 'form.choose')}" th:utext=
 * "${options}">}.
 */
@Component("choices")
public class Choices {

	private static final String TEMPLATE = "fragments/choices";

	private final RenderedFragments fragments;

	Choices(RenderedFragments fragments) {
		this.fragments = fragments;
	}

	/**
	 * The options, the one whose value equals {@code selected} marked selected, after an
	 * empty option named by {@code placeholderKey} when there is one.
	 */
	public String options(List<Choice> choices, @Nullable Object selected, @Nullable String placeholderKey) {
		Locale locale = LocaleContextHolder.getLocale();
		return this.fragments.render(TEMPLATE, "options", locale,
				Map.of("choices", choices, "selected", (selected != null) ? selected.toString() : "", "placeholder",
						(placeholderKey != null) ? placeholderKey : ""));
	}

	/** Taxonomy terms, each named by its message. */
	public static List<Choice> terms(List<Taxonomy.Term> terms) {
		return terms.stream().map((term) -> Choice.keyed(term.code(), term.messageKey())).toList();
	}

	/** Countries, named in the reader's language. */
	public static List<Choice> countries(List<Taxonomy.CountryTerm> countries, Locale locale) {
		return countries.stream().map((country) -> Choice.named(country.code(), country.displayName(locale))).toList();
	}

	/**
	 * One option: its value, and either its name or the key of the message that names it.
	 */
	public record Choice(String value, @Nullable String label, @Nullable String messageKey) {

		public static Choice named(Object value, String label) {
			return new Choice(value.toString(), label, null);
		}

		public static Choice keyed(Object value, String messageKey) {
			return new Choice(value.toString(), null, messageKey);
		}

	}

}
