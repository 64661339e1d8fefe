package eu.dhso.core.translation;

import java.util.List;
import java.util.Locale;

import eu.dhso.core.web.SupportedLanguages;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * Which language content is read in: the reader's supported language, or English. English
 * is the source language: every text is written in it first and translated from it.
 */
public final class ContentLanguage {

	public static final String SOURCE = "en";

	/** Every language a text may be translated into, in the switcher's order. */
	public static final List<String> TARGETS = SupportedLanguages.ALL.stream()
		.map(Locale::getLanguage)
		.filter((language) -> !SOURCE.equals(language))
		.toList();

	private ContentLanguage() {
	}

	/**
	 * The language of the current request; English outside a request, whatever the
	 * machine's default locale.
	 */
	public static String current() {
		LocaleContext context = LocaleContextHolder.getLocaleContext();
		return of((context != null) ? context.getLocale() : null);
	}

	public static String of(Locale locale) {
		return SupportedLanguages.closest(locale).getLanguage();
	}

	/** A language one may translate into; anything else (English included) is not. */
	public static boolean isTarget(String language) {
		return language != null && TARGETS.contains(language);
	}

}
