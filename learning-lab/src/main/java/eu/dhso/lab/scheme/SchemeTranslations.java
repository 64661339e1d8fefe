package eu.dhso.lab.scheme;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.translation.Translation;
import eu.dhso.core.translation.TranslationStore;

import org.springframework.data.repository.Repository;

/**
 * The translated titles of schemes and modules; the kernel's editing reads and writes
 * them.
 */
public interface SchemeTranslations extends Repository<SchemeTranslation, SchemeTranslation.Key>, TranslationStore {

	List<SchemeTranslation> findByEntityTypeAndLanguageAndEntityIdIn(String entityType, String language,
			Collection<Long> entityIds);

	List<SchemeTranslation> findByEntityTypeAndLanguage(String entityType, String language);

	Optional<SchemeTranslation> findById(SchemeTranslation.Key key);

	SchemeTranslation save(SchemeTranslation translation);

	void delete(SchemeTranslation translation);

	@Override
	default List<Translation> translations(String entityType, String language, Collection<Long> entityIds) {
		return findByEntityTypeAndLanguageAndEntityIdIn(entityType, language, entityIds).stream()
			.map(SchemeTranslation::translation)
			.toList();
	}

	@Override
	default void write(Translation t, Instant at, String by) {
		Optional<SchemeTranslation> stored = findById(
				new SchemeTranslation.Key(t.entityType(), t.entityId(), t.field(), t.language()));
		if (t.text() == null) {
			stored.ifPresent(this::delete);
		}
		else if (stored.isPresent()) {
			stored.get().reword(t.text(), at, by);
		}
		else {
			save(new SchemeTranslation(t, at, by));
		}
	}

}
