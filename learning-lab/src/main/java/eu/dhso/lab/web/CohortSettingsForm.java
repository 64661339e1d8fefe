package eu.dhso.lab.web;

import eu.dhso.lab.cohort.CohortViews.CohortSummary;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A cohort's places and enrolment, with the version the trainer read so a save over
 * another trainer's answers 409 instead of overwriting it.
 */
record CohortSettingsForm(
		@NotNull(message = "{lab.cohort.error.capacity}") @Min(value = 1, message = "{lab.cohort.error.capacity}") @Max(
				value = 500, message = "{lab.cohort.error.capacity}") Integer capacity,
		Boolean open, Long version) {

	CohortSettingsForm {
		open = Boolean.TRUE.equals(open);
	}

	static CohortSettingsForm of(CohortSummary cohort) {
		return new CohortSettingsForm(cohort.capacity(), cohort.enrolmentOpen(), cohort.lockVersion());
	}

	CohortSettingsForm withVersion(long current) {
		return new CohortSettingsForm(this.capacity, this.open, current);
	}

}
