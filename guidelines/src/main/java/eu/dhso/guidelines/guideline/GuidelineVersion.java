package eu.dhso.guidelines.guideline;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import org.hibernate.annotations.Immutable;

/**
 * A published version of a guideline: written once when the draft is published, never
 * changed (the database refuses it too). Part of the {@link Guideline} aggregate.
 */
@Entity
@Immutable
@IdClass(GuidelineVersion.Key.class)
@Table(schema = "guidelines", name = "guideline_version")
public class GuidelineVersion {

	@Id
	@Column(name = "guideline_id")
	private Long guidelineId;

	@Id
	private int number;

	@Convert(converter = GuidelineDocumentConverter.class)
	private GuidelineDocument content;

	@Column(name = "change_note")
	private String changeNote;

	@Column(name = "published_by")
	private String publishedBy;

	@Column(name = "published_at")
	private Instant publishedAt;

	protected GuidelineVersion() {
	}

	GuidelineVersion(Long guidelineId, int number, GuidelineDocument content, String changeNote, String publishedBy,
			Instant publishedAt) {
		this.guidelineId = guidelineId;
		this.number = number;
		this.content = content;
		this.changeNote = changeNote;
		this.publishedBy = publishedBy;
		this.publishedAt = publishedAt;
	}

	public int getNumber() {
		return this.number;
	}

	public GuidelineDocument getContent() {
		return this.content;
	}

	public String getChangeNote() {
		return this.changeNote;
	}

	public String getPublishedBy() {
		return this.publishedBy;
	}

	public Instant getPublishedAt() {
		return this.publishedAt;
	}

	/** The version's identity: its guideline and number. */
	public static class Key implements Serializable {

		private Long guidelineId;

		private int number;

		protected Key() {
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Key key && Objects.equals(this.guidelineId, key.guidelineId)
					&& this.number == key.number;
		}

		@Override
		public int hashCode() {
			return Objects.hash(this.guidelineId, this.number);
		}

	}

}
