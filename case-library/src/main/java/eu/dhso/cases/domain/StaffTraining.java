package eu.dhso.cases.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import eu.dhso.core.taxonomy.TrainingFormat;

/**
 * How staff were trained for the implementation: the method, the format of the activity
 * (the observatory's one vocabulary, shared with the learning lab), how many hours, who
 * delivered it and the competences of the framework it addressed (by id, like skill
 * needs). Hours are optional: interviewees do not always know them.
 */
@Embeddable
public record StaffTraining(@Enumerated(EnumType.STRING) TrainingMethod method,
		@Enumerated(EnumType.STRING) TrainingFormat format, @Column(name = "duration_hours") Integer durationHours,
		@Enumerated(EnumType.STRING) @Column(name = "delivered_by") TrainingProvider deliveredBy,
		@Column(name = "competence_ids") Long[] competenceIds) {

	public static final int MAX_HOURS = 1000;

	public StaffTraining {
		if (method == null || format == null || deliveredBy == null) {
			throw new IllegalArgumentException("Training names its method, format and who delivered it");
		}
		if (durationHours != null && (durationHours < 1 || durationHours > MAX_HOURS)) {
			throw new IllegalArgumentException("Training lasts 1 to " + MAX_HOURS + " hours, not " + durationHours);
		}
		competenceIds = (competenceIds != null)
				? Arrays.stream(competenceIds).filter(Objects::nonNull).distinct().toArray(Long[]::new) : new Long[0];
	}

	public StaffTraining(TrainingMethod method, TrainingFormat format, Integer durationHours,
			TrainingProvider deliveredBy, List<Long> competenceIds) {
		this(method, format, durationHours, deliveredBy, competenceIds.toArray(Long[]::new));
	}

	/** The competences addressed, in the order given. */
	public List<Long> competences() {
		return List.of(this.competenceIds);
	}

	// an array component compares by identity; the case's rows compare by content

	@Override
	public boolean equals(Object other) {
		return other instanceof StaffTraining that && this.method == that.method && this.format == that.format
				&& Objects.equals(this.durationHours, that.durationHours) && this.deliveredBy == that.deliveredBy
				&& Arrays.equals(this.competenceIds, that.competenceIds);
	}

	@Override
	public int hashCode() {
		return Objects.hash(this.method, this.format, this.durationHours, this.deliveredBy,
				Arrays.hashCode(this.competenceIds));
	}

	@Override
	public String toString() {
		return this.method + ", " + this.format + ", "
				+ ((this.durationHours != null) ? this.durationHours + " h, " : "") + this.deliveredBy;
	}

}
