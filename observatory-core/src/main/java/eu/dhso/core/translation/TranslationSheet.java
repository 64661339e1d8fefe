package eu.dhso.core.translation;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One entity's texts side by side: the English source, read-only, next to its translation
 * into the chosen language. {@code stamp} fingerprints the translations as they were
 * read, so a save over someone else's newer one is refused.
 */
public record TranslationSheet(String headingKey, String subject, String backLink, String action, String language,
		String stamp, List<Row> rows) {

	public List<String> targets() {
		return ContentLanguage.TARGETS;
	}

	/** A language's name in the reader's language, for the language picker. */
	public String languageName(String language, Locale reader) {
		return Locale.forLanguageTag(language).getDisplayLanguage(reader);
	}

	/** The same sheet showing what the person typed instead of what is stored. */
	public TranslationSheet withInput(Map<String, String> texts) {
		return new TranslationSheet(this.headingKey, this.subject, this.backLink, this.action, this.language,
				this.stamp,
				this.rows.stream()
					.map((r) -> new Row(r.field(), r.source(),
							(texts != null) ? texts.getOrDefault(r.field().name(), "") : r.translation()))
					.toList());
	}

	/** How many fields with a source lack a translation. */
	public long missing() {
		return this.rows.stream().filter(Row::missing).count();
	}

	public record Row(TranslatedField field, String source, String translation) {

		public boolean missing() {
			return this.source != null && !this.source.isBlank()
					&& (this.translation == null || this.translation.isBlank());
		}

	}

}
