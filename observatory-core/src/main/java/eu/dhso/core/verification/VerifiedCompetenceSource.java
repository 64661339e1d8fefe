package eu.dhso.core.verification;

import java.time.LocalDate;
import java.util.List;

/**
 * Competence levels a professional reached under someone's verification. Implemented by
 * the module that records the verification, read by the skills profile, so neither
 * depends on the other.
 */
public interface VerifiedCompetenceSource {

	/**
	 * The person's verified levels, at most one per competence (the highest, and of equal
	 * ones the latest), ordered by competence code.
	 */
	List<VerifiedCompetence> verifiedFor(long accountId);

	/**
	 * @param competenceCode a competence code of the framework, e.g. {@code S1.2}
	 * @param level the proficiency level reached (1 to 4)
	 * @param verifierName the display name of the person who verified it
	 * @param verifiedOn the day it was verified
	 */
	record VerifiedCompetence(String competenceCode, int level, String verifierName, LocalDate verifiedOn) {
	}

}
