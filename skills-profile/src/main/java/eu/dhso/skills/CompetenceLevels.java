package eu.dhso.skills;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A person's self-rated competence levels from submitted self-assessments, for modules
 * that measure change over time (the learning lab's pre and post assessment). Only
 * submitted attempts count; answers to knowledge items are never exposed.
 */
public interface CompetenceLevels {

	/** The latest attempt the person submitted strictly before the instant. */
	Optional<AssessedLevels> latestSubmittedBefore(Long accountId, Instant before);

	/** The first attempt the person submitted at or after the instant. */
	Optional<AssessedLevels> firstSubmittedFrom(Long accountId, Instant from);

	/**
	 * @param assessmentId the attempt
	 * @param submittedAt when it was submitted
	 * @param levels self-rated level (1 to 4) by competence code of the framework
	 */
	record AssessedLevels(Long assessmentId, Instant submittedAt, Map<String, Integer> levels) {

		public AssessedLevels {
			levels = Map.copyOf(levels);
		}

	}

}
