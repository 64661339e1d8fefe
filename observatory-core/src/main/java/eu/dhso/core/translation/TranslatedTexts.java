package eu.dhso.core.translation;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The translations of some content into one language, for reading: each text in the
 * reader's language where a translation exists, otherwise the English source, which the
 * page then marks as English.
 */
public final class TranslatedTexts {

	private static final TranslatedTexts SOURCE = new TranslatedTexts(ContentLanguage.SOURCE, Map.of());

	private final String language;

	private final Map<String, String> texts;

	private TranslatedTexts(String language, Map<String, String> texts) {
		this.language = language;
		this.texts = texts;
	}

	/** Reading in English: every text is its source. */
	public static TranslatedTexts source() {
		return SOURCE;
	}

	public static TranslatedTexts of(String language, Collection<Translation> translations) {
		if (!ContentLanguage.isTarget(language)) {
			return SOURCE;
		}
		Map<String, String> texts = new HashMap<>();
		for (Translation t : translations) {
			if (t.language().equals(language) && t.text() != null) {
				texts.put(key(t.entityType(), t.entityId(), t.field()), t.text());
			}
		}
		return new TranslatedTexts(language, Map.copyOf(texts));
	}

	public String language() {
		return this.language;
	}

	/** The translation of this field, or its source when there is none. */
	public String text(String entityType, Long entityId, TranslatedField field, String source) {
		String translated = this.texts.get(key(entityType, entityId, field.name()));
		return (translated != null) ? translated : source;
	}

	/**
	 * Whether the reader sees this field's English source although they read another
	 * language; an empty source has nothing to translate.
	 */
	public boolean english(String entityType, Long entityId, TranslatedField field, String source) {
		return this != SOURCE && source != null && !source.isBlank()
				&& !this.texts.containsKey(key(entityType, entityId, field.name()));
	}

	private static String key(String entityType, Long entityId, String field) {
		return entityType + ':' + entityId + ':' + field;
	}

}
