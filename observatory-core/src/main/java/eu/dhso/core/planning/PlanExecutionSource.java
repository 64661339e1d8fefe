package eu.dhso.core.planning;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import eu.dhso.core.disclosure.Released;

/**
 * What a regional training plan may link and measure in the learning lab: its published
 * schemes, its cohorts and the pooled results of the cohorts a plan names. Every figure
 * about people is released through the kernel's disclosure control.
 */
public interface PlanExecutionSource {

	/** Published training schemes, by title, with the country of their organisation. */
	List<PublishedScheme> publishedSchemes();

	/** Every cohort a plan may link (called-off ones included, marked), newest first. */
	List<PlanCohort> cohorts();

	/**
	 * The pooled results of these cohorts: unknown ids are ignored, so a plan keeps its
	 * figures when a cohort is gone.
	 */
	Execution execution(Collection<Long> cohortIds);

	/**
	 * @param countryCode the country of the organisation that publishes it, or null
	 * @param link its public page, relative to the site
	 */
	record PublishedScheme(long id, String title, String countryCode, String link) {
	}

	/**
	 * @param link its public page, relative to the site
	 */
	record PlanCohort(long id, String title, String schemeTitle, String countryCode, LocalDate startsOn,
			LocalDate endsOn, CohortStage stage, String link) {
	}

	/** Where a cohort stands, as a plan reads it. */
	enum CohortStage {

		PLANNED, RUNNING, FINISHED, CANCELLED;

		public boolean started() {
			return this == RUNNING || this == FINISHED;
		}

	}

	/**
	 * @param enrolled verified people enrolled in the cohorts
	 * @param finished of those, the people who met their cohort's completion rule
	 * @param completionPercent finished people as a share of the enrolled (0 to 100)
	 * @param gain mean normalised pre/post learning gain (-1 to 1) of those who agreed to
	 * the use of their levels
	 */
	record Execution(int cohorts, int started, int finishedCohorts, Released enrolled, Released finished,
			Released completionPercent, Released gain) {

		public static Execution none() {
			return new Execution(0, 0, 0, Released.suppressed(), Released.suppressed(), Released.suppressed(),
					Released.suppressed());
		}

	}

}
