package eu.dhso.core.framework;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.translation.Translation;
import eu.dhso.core.translation.TranslationStore;

import org.springframework.data.repository.Repository;

public interface FrameworkTranslations
		extends Repository<FrameworkTranslation, FrameworkTranslation.Key>, TranslationStore {

	List<FrameworkTranslation> findByEntityTypeAndLanguageAndEntityIdIn(String entityType, String language,
			Collection<Long> entityIds);

	List<FrameworkTranslation> findByEntityTypeAndEntityId(String entityType, Long entityId);

	Optional<FrameworkTranslation> findById(FrameworkTranslation.Key key);

	FrameworkTranslation save(FrameworkTranslation translation);

	void delete(FrameworkTranslation translation);

	@Override
	default List<Translation> translations(String entityType, String language, Collection<Long> entityIds) {
		return findByEntityTypeAndLanguageAndEntityIdIn(entityType, language, entityIds).stream()
			.map(FrameworkTranslation::translation)
			.toList();
	}

	@Override
	default void write(Translation t, Instant at, String by) {
		Optional<FrameworkTranslation> stored = findById(
				new FrameworkTranslation.Key(t.entityType(), t.entityId(), t.field(), t.language()));
		if (t.text() == null) {
			stored.ifPresent(this::delete);
		}
		else if (stored.isPresent()) {
			stored.get().reword(t.text(), at, by);
		}
		else {
			save(new FrameworkTranslation(t, at, by));
		}
	}

}
