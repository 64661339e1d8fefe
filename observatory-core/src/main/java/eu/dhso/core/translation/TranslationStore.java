package eu.dhso.core.translation;

import java.util.Collection;
import java.util.List;

import org.springframework.data.repository.NoRepositoryBean;
import org.springframework.data.repository.Repository;

/**
 * What every module's translation repository offers; each module declares its own, named
 * for its translation entity.
 */
@NoRepositoryBean
public interface TranslationStore<T extends StoredTranslation> extends Repository<T, TranslationKey> {

	List<T> findByKeyEntityTypeAndKeyEntityIdAndKeyLanguage(String entityType, Long entityId, String language);

	List<T> findByKeyEntityTypeAndKeyLanguageAndKeyEntityIdIn(String entityType, String language,
			Collection<Long> entityIds);

	List<T> findByKeyEntityTypeAndKeyEntityIdIn(String entityType, Collection<Long> entityIds);

	T save(T translation);

	void delete(T translation);

}
