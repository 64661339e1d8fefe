package eu.dhso.guidelines.guideline;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.translation.Translation;
import eu.dhso.core.translation.TranslationStore;

import org.springframework.data.repository.Repository;

public interface GuidelineTranslations
		extends Repository<GuidelineTranslation, GuidelineTranslation.Key>, TranslationStore {

	List<GuidelineTranslation> findByEntityTypeAndLanguageAndEntityIdIn(String entityType, String language,
			Collection<Long> entityIds);

	List<GuidelineTranslation> findByEntityTypeAndEntityId(String entityType, Long entityId);

	Optional<GuidelineTranslation> findById(GuidelineTranslation.Key key);

	GuidelineTranslation save(GuidelineTranslation translation);

	void delete(GuidelineTranslation translation);

	@Override
	default List<Translation> translations(String entityType, String language, Collection<Long> entityIds) {
		return findByEntityTypeAndLanguageAndEntityIdIn(entityType, language, entityIds).stream()
			.map(GuidelineTranslation::translation)
			.toList();
	}

	@Override
	default void write(Translation t, Instant at, String by) {
		Optional<GuidelineTranslation> stored = findById(
				new GuidelineTranslation.Key(t.entityType(), t.entityId(), t.field(), t.language()));
		if (t.text() == null) {
			stored.ifPresent(this::delete);
		}
		else if (stored.isPresent()) {
			stored.get().reword(t.text(), at, by);
		}
		else {
			save(new GuidelineTranslation(t, at, by));
		}
	}

}
