package eu.dhso.skills;

import java.util.List;

/**
 * Learning to close a person's competence gaps. The skills profile asks every
 * implementation in order and shows the first non-empty answer; its own fallback
 * recommends the framework's descriptor of the next level, so the learning lab can answer
 * with training later without this module changing.
 */
public interface LearningRecommendations {

	List<Recommendation> recommend(CompetenceGap gap);

	/**
	 * A competence where the assessed level lies below the role profile's expected level.
	 */
	record CompetenceGap(Long competenceId, String competenceCode, String competenceTitle, int assessedLevel,
			int expectedLevel, String nextLevelDescriptor) {

		public int size() {
			return this.expectedLevel - this.assessedLevel;
		}

	}

	/** Something to learn: a title, what it is about, and where to find it. */
	record Recommendation(String title, String description, String link) {
	}

}
