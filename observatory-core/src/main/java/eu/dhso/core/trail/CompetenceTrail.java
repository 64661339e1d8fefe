package eu.dhso.core.trail;

import java.util.ArrayList;
import java.util.List;

import eu.dhso.core.disclosure.Released;

/**
 * One module's part of a competence's trail, or all parts merged. Each module fills the
 * lists it owns and leaves the others empty.
 */
public record CompetenceTrail(List<CaseEvidence> cases, List<ExpectedLevel> expectedLevels,
		List<AssessedGroup> assessedGroups, List<TrainingOffer> training, List<CitingRecommendation> recommendations) {

	public CompetenceTrail {
		cases = List.copyOf(cases);
		expectedLevels = List.copyOf(expectedLevels);
		assessedGroups = List.copyOf(assessedGroups);
		training = List.copyOf(training);
		recommendations = List.copyOf(recommendations);
	}

	public static CompetenceTrail empty() {
		return new CompetenceTrail(List.of(), List.of(), List.of(), List.of(), List.of());
	}

	public static CompetenceTrail ofCases(List<CaseEvidence> cases) {
		return new CompetenceTrail(cases, List.of(), List.of(), List.of(), List.of());
	}

	public static CompetenceTrail ofLevels(List<ExpectedLevel> expected, List<AssessedGroup> assessed) {
		return new CompetenceTrail(List.of(), expected, assessed, List.of(), List.of());
	}

	public static CompetenceTrail ofTraining(List<TrainingOffer> training) {
		return new CompetenceTrail(List.of(), List.of(), List.of(), training, List.of());
	}

	public static CompetenceTrail ofRecommendations(List<CitingRecommendation> recommendations) {
		return new CompetenceTrail(List.of(), List.of(), List.of(), List.of(), recommendations);
	}

	public CompetenceTrail plus(CompetenceTrail other) {
		return new CompetenceTrail(joined(this.cases, other.cases), joined(this.expectedLevels, other.expectedLevels),
				joined(this.assessedGroups, other.assessedGroups), joined(this.training, other.training),
				joined(this.recommendations, other.recommendations));
	}

	private static <T> List<T> joined(List<T> a, List<T> b) {
		List<T> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/**
	 * A published case that needs the competence.
	 *
	 * @param link the case's public address, relative to the site
	 * @param importance how important the case rates the competence, 1 to 3
	 */
	public record CaseEvidence(long id, String title, String link, String countryCode, List<String> technologies,
			int importance) {

		public CaseEvidence {
			technologies = List.copyOf(technologies);
		}

	}

	/** The level (1 to 4) a profession's general role profile expects. */
	public record ExpectedLevel(String profession, int level) {
	}

	/**
	 * Self-assessed levels of one group of people, as released: the mean and the median
	 * level (1 to 4), and the mean calibration index of the same people in the
	 * competence's area (-1 to 1, self-rating above knowledge when positive).
	 *
	 * @param country a country code, or null for all countries together
	 */
	public record AssessedGroup(String profession, String country, Released meanLevel, Released medianLevel,
			Released calibration) {

		public boolean suppressed() {
			return this.meanLevel.isSuppressed();
		}

	}

	/**
	 * A published training scheme, module or resource that addresses the competence.
	 *
	 * @param kind {@code scheme}, {@code module} or {@code resource}
	 * @param gain the normalised pre/post gain measured on the competence in the scheme's
	 * cohorts, as released (suppressed when too few people or none measured)
	 * @param untranslated whether the title is its English source shown to a reader of
	 * another language (the page marks it)
	 */
	public record TrainingOffer(String kind, String title, String link, Released gain, boolean untranslated) {

		/** An offer whose title is in the reader's language (or needs none). */
		public TrainingOffer(String kind, String title, String link, Released gain) {
			this(kind, title, link, gain, false);
		}

	}

	/**
	 * A recommendation of a published guideline that cites the competence.
	 *
	 * @param untranslated whether the guideline's title is its English source shown to a
	 * reader of another language (the page marks it)
	 */
	public record CitingRecommendation(String guideline, String link, String text, boolean untranslated) {

		public CitingRecommendation(String guideline, String link, String text) {
			this(guideline, link, text, false);
		}

	}

}
