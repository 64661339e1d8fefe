package eu.dhso.skills.assessment;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import eu.dhso.core.translation.Translation;
import eu.dhso.core.translation.TranslationStore;

import org.springframework.data.repository.Repository;

public interface SkillsTranslations extends Repository<SkillsTranslation, SkillsTranslation.Key>, TranslationStore {

	List<SkillsTranslation> findByEntityTypeAndLanguageAndEntityIdIn(String entityType, String language,
			Collection<Long> entityIds);

	List<SkillsTranslation> findByEntityTypeAndEntityId(String entityType, Long entityId);

	Optional<SkillsTranslation> findById(SkillsTranslation.Key key);

	SkillsTranslation save(SkillsTranslation translation);

	void delete(SkillsTranslation translation);

	@Override
	default List<Translation> translations(String entityType, String language, Collection<Long> entityIds) {
		return findByEntityTypeAndLanguageAndEntityIdIn(entityType, language, entityIds).stream()
			.map(SkillsTranslation::translation)
			.toList();
	}

	@Override
	default void write(Translation t, Instant at, String by) {
		Optional<SkillsTranslation> stored = findById(
				new SkillsTranslation.Key(t.entityType(), t.entityId(), t.field(), t.language()));
		if (t.text() == null) {
			stored.ifPresent(this::delete);
		}
		else if (stored.isPresent()) {
			stored.get().reword(t.text(), at, by);
		}
		else {
			save(new SkillsTranslation(t, at, by));
		}
	}

}
