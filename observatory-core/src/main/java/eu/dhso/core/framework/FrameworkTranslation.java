package eu.dhso.core.framework;

import java.time.Instant;

import eu.dhso.core.translation.StoredTranslation;
import eu.dhso.core.translation.TranslationKey;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/**
 * A translated text of an area or competence. Areas and competences belong to one
 * framework version, so their translations do too.
 */
@Entity
@Table(schema = "core", name = "translation")
public class FrameworkTranslation extends StoredTranslation {

	static final String AREA = "AREA";

	static final String COMPETENCE = "COMPETENCE";

	protected FrameworkTranslation() {
	}

	FrameworkTranslation(TranslationKey key, String text, Instant at, String by) {
		super(key, text, at, by);
	}

}
