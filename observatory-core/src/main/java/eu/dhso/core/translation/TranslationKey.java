package eu.dhso.core.translation;

import java.io.Serializable;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One field of one entity in one language. */
@Embeddable
public class TranslationKey implements Serializable {

	@Column(name = "entity_type")
	private String entityType;

	@Column(name = "entity_id")
	private Long entityId;

	private String field;

	private String language;

	protected TranslationKey() {
	}

	public TranslationKey(String entityType, Long entityId, String field, String language) {
		this.entityType = entityType;
		this.entityId = entityId;
		this.field = field;
		this.language = language;
	}

	public String getEntityType() {
		return this.entityType;
	}

	public Long getEntityId() {
		return this.entityId;
	}

	public String getField() {
		return this.field;
	}

	public String getLanguage() {
		return this.language;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof TranslationKey key && this.entityType.equals(key.entityType)
				&& this.entityId.equals(key.entityId) && this.field.equals(key.field)
				&& this.language.equals(key.language);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.entityType, this.entityId, this.field, this.language);
	}

}
