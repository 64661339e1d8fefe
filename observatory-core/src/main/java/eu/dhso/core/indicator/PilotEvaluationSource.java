package eu.dhso.core.indicator;

import java.time.LocalDate;
import java.util.List;

import eu.dhso.core.disclosure.Released;

/**
 * The learning lab's pilot evaluations as open data, one per finished cohort, so the
 * guidelines module publishes them without reading the lab's tables.
 */
public interface PilotEvaluationSource {

	/**
	 * Cohorts that ran to their last day (not called off), newest first: their figures no
	 * longer move. Every figure is released through the kernel's disclosure control.
	 */
	List<FinishedPilot> finishedPilots();

	/**
	 * @param link the cohort's public page, relative to the site
	 * @param attendancePercent mean attendance of the verified participants (0 to 100)
	 * @param gain mean normalised pre/post learning gain (-1 to 1) of those who agreed to
	 * the use of their levels
	 * @param preMean mean self-assessed level (1 to 4) before the cohort
	 * @param postMean mean self-assessed level (1 to 4) after it
	 */
	record FinishedPilot(long cohortId, String title, String scheme, int schemeVersion, String countryCode,
			LocalDate startsOn, LocalDate endsOn, String link, Released attendancePercent, Released gain,
			Released preMean, Released postMean) {
	}

}
