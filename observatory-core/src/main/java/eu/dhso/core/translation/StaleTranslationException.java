package eu.dhso.core.translation;

import org.springframework.dao.OptimisticLockingFailureException;

/** Someone saved this entity's translations since the sheet was read. */
public class StaleTranslationException extends OptimisticLockingFailureException {

	public StaleTranslationException(String entityType, Long entityId, String language) {
		super("Translations of " + entityType + " " + entityId + " into " + language + " changed meanwhile");
	}

}
