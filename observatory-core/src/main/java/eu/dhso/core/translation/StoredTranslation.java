package eu.dhso.core.translation;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.MappedSuperclass;

/**
 * The translation of one field into one language. Each module maps its own
 * {@code <schema>.translation} table onto a subclass, so translations stay in the module
 * that owns the source text.
 */
@MappedSuperclass
public abstract class StoredTranslation {

	@EmbeddedId
	private TranslationKey key;

	private String text;

	@Column(name = "updated_at")
	private Instant updatedAt;

	@Column(name = "updated_by")
	private String updatedBy;

	protected StoredTranslation() {
	}

	protected StoredTranslation(TranslationKey key, String text, Instant at, String by) {
		this.key = key;
		revise(text, at, by);
	}

	/** A new wording; the translator and time are kept for the audit of content. */
	public void revise(String text, Instant at, String by) {
		this.text = text;
		this.updatedAt = at;
		this.updatedBy = by;
	}

	public TranslationKey getKey() {
		return this.key;
	}

	public String getText() {
		return this.text;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public String getUpdatedBy() {
		return this.updatedBy;
	}

}
