package eu.dhso.core.web;

import java.util.List;
import java.util.Locale;

/**
 * The languages the observatory ships complete, in the order the switcher offers them. A
 * language joins only with all of its message bundles (MessageBundleTests checks each one
 * listed here).
 */
public final class SupportedLanguages {

	/** English first: it is the default and the fallback of every bundle. */
	public static final List<Locale> ALL = List.of(Locale.ENGLISH, Locale.ITALIAN, Locale.forLanguageTag("el"),
			Locale.forLanguageTag("hu"), Locale.forLanguageTag("ro"), Locale.forLanguageTag("lt"),
			Locale.forLanguageTag("es"), Locale.forLanguageTag("da"), Locale.forLanguageTag("mt"));

	private SupportedLanguages() {
	}

	/** The supported language closest to the one asked for, or English. */
	public static Locale closest(Locale requested) {
		if (requested != null) {
			for (Locale supported : ALL) {
				if (supported.getLanguage().equals(requested.getLanguage())) {
					return supported;
				}
			}
		}
		return Locale.ENGLISH;
	}

}
