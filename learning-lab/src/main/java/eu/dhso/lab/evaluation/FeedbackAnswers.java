package eu.dhso.lab.evaluation;

import java.util.Map;

import eu.dhso.lab.scheme.ActivityType;

/**
 * The feedback survey after a module: five statements rated 1 (strongly disagree) to 5
 * (strongly agree), a rating of each kind of activity the module had, and free text.
 */
public record FeedbackAnswers(int relevance, int clarity, int applicability, int facilitation, int overall,
		Map<ActivityType, Integer> activityRatings, String comment) {

	public static final java.util.List<String> ITEMS = java.util.List.of("relevance", "clarity", "applicability",
			"facilitation", "overall");

	public FeedbackAnswers {
		activityRatings = Map.copyOf(activityRatings);
	}

	public boolean valid() {
		return inRange(this.relevance) && inRange(this.clarity) && inRange(this.applicability)
				&& inRange(this.facilitation) && inRange(this.overall)
				&& this.activityRatings.values().stream().allMatch(FeedbackAnswers::inRange)
				&& (this.comment == null || this.comment.length() <= 2000);
	}

	private static boolean inRange(Integer value) {
		return value != null && value >= 1 && value <= 5;
	}

}
