package eu.dhso.core.translation;

import java.util.List;

/**
 * A module's translatable content, for the report of what each language still lacks.
 * Every module with a translation table implements it; the kernel lists them all.
 */
public interface TranslatableContent {

	/** One line per entity that lacks a translation of some field in this language. */
	List<MissingTranslation> missing(String language);

	/**
	 * An entity with untranslated fields. {@code groupKey} names its kind of content (a
	 * message key), {@code editLink} opens its translation sheet in that language.
	 */
	record MissingTranslation(String groupKey, String subject, int missingFields, int fields, String editLink) {
	}

}
