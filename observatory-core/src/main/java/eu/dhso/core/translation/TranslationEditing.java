package eu.dhso.core.translation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import eu.dhso.core.audit.AuditLog;
import eu.dhso.core.text.Blank;

import org.springframework.stereotype.Component;

/**
 * Reads and saves one entity's translations into one language, for every module's
 * translation pages: the same stale check, the same rule for blank fields, the same audit
 * entry. The caller's transaction covers the save.
 */
@Component
public class TranslationEditing {

	private final AuditLog audit;

	private final Clock clock;

	TranslationEditing(AuditLog audit, Optional<Clock> clock) {
		this.audit = audit;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	/**
	 * The sheet of an entity's {@code sources} and their translations into a language.
	 */
	public TranslationSheet sheet(TranslationStore store, String entityType, Long entityId, String language,
			Map<TranslatedField, String> sources, String headingKey, String subject, String backLink, String action) {
		Map<String, String> current = current(store, entityType, entityId, language);
		List<TranslationSheet.Row> rows = new ArrayList<>();
		sources
			.forEach((field, source) -> rows.add(new TranslationSheet.Row(field, source, current.get(field.name()))));
		return new TranslationSheet(headingKey, subject, backLink, action, language, stamp(current), rows);
	}

	/**
	 * Saves the posted texts of the fields in {@code sources}; other posted names are
	 * ignored.
	 * @throws StaleTranslationException when the stored translations are no longer the
	 * ones the sheet was read with
	 */
	public void save(TranslationStore store, String entityType, Long entityId, Map<TranslatedField, String> sources,
			TranslationForm form, String actor) {
		String language = form.language();
		if (!ContentLanguage.isTarget(language)) {
			throw new IllegalArgumentException("Not a language to translate into: " + language);
		}
		Map<String, String> current = current(store, entityType, entityId, language);
		if (!stamp(current).equals(form.stamp())) {
			throw new StaleTranslationException(entityType, entityId, language);
		}
		Instant now = this.clock.instant();
		List<String> changed = new ArrayList<>();
		for (TranslatedField field : sources.keySet()) {
			String text = Blank.toNull((form.texts() != null) ? form.texts().get(field.name()) : null);
			if (!Objects.equals(text, current.get(field.name()))) {
				store.write(new Translation(entityType, entityId, field.name(), language, text), now, actor);
				changed.add(field.name());
			}
		}
		if (!changed.isEmpty()) {
			this.audit.record(actor, "TRANSLATION_SAVE", entityType, entityId, "SUCCESS",
					language + ": " + String.join(", ", changed));
		}
	}

	private static Map<String, String> current(TranslationStore store, String entityType, Long entityId,
			String language) {
		Map<String, String> current = new TreeMap<>();
		store.translations(entityType, language, List.of(entityId)).forEach((t) -> current.put(t.field(), t.text()));
		return current;
	}

	/** A fingerprint of the stored translations, in field order. */
	static String stamp(Map<String, String> current) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			current.forEach((field, text) -> {
				digest.update(field.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
				digest.update(text.getBytes(StandardCharsets.UTF_8));
				digest.update((byte) 0);
			});
			return HexFormat.of().formatHex(digest.digest(), 0, 12);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
