package eu.dhso.lab.scheme;

import java.io.Serializable;
import java.time.Instant;

import eu.dhso.core.translation.Translation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/**
 * A translated title of a training scheme or one of its modules, or of a learning
 * outcome.
 */
@Entity
@Table(schema = "lab", name = "translation")
@IdClass(SchemeTranslation.Key.class)
public class SchemeTranslation {

	static final String SCHEME = "SCHEME";

	static final String MODULE = "MODULE";

	static final String OUTCOME = "OUTCOME";

	@Id
	@Column(name = "entity_type")
	private String entityType;

	@Id
	@Column(name = "entity_id")
	private Long entityId;

	@Id
	private String field;

	@Id
	private String language;

	private String text;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected SchemeTranslation() {
	}

	SchemeTranslation(Translation translation, Instant at, String by) {
		this.entityType = translation.entityType();
		this.entityId = translation.entityId();
		this.field = translation.field();
		this.language = translation.language();
		reword(translation.text(), at, by);
	}

	void reword(String text, Instant at, String by) {
		this.text = text;
		this.updatedAt = at;
		this.updatedBy = by;
	}

	Translation translation() {
		return new Translation(this.entityType, this.entityId, this.field, this.language, this.text);
	}

	String getUpdatedBy() {
		return this.updatedBy;
	}

	/** The identity of a translation: one field of one entity in one language. */
	record Key(String entityType, Long entityId, String field, String language) implements Serializable {
	}

}
