package eu.dhso.core.translation;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * A module's translations as the kernel reads and writes them. Each module keeps its own
 * translation table and entity; its repository implements this with default methods.
 */
public interface TranslationStore {

	/** The translations of these entities' fields into a language. */
	List<Translation> translations(String entityType, String language, Collection<Long> entityIds);

	/** Stores a translation, or removes it when its text is null. */
	void write(Translation translation, Instant at, String by);

}
