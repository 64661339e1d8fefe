package eu.dhso.skills.assessment;

import java.time.Instant;

import eu.dhso.core.translation.StoredTranslation;
import eu.dhso.core.translation.TranslationKey;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A translated text of an assessment item: its question or one of its answers. */
@Entity
@Table(schema = "skills", name = "translation")
public class SkillsTranslation extends StoredTranslation {

	public static final String ITEM = "ITEM";

	protected SkillsTranslation() {
	}

	public SkillsTranslation(TranslationKey key, String text, Instant at, String by) {
		super(key, text, at, by);
	}

}
