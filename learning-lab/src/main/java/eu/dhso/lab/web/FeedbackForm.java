package eu.dhso.lab.web;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

import eu.dhso.lab.evaluation.FeedbackAnswers;
import eu.dhso.lab.scheme.ActivityType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The feedback survey after a module: five statements rated 1 to 5, how useful each kind
 * of activity was (1 to 5, optional; posted as {@code activity.WORKSHOP} and so on) and
 * free text.
 */
record FeedbackForm(
		@NotNull(message = "{lab.feedback.error.item}") @Min(value = 1, message = "{lab.feedback.error.item}") @Max(
				value = 5, message = "{lab.feedback.error.item}") Integer relevance,
		@NotNull(message = "{lab.feedback.error.item}") @Min(value = 1, message = "{lab.feedback.error.item}") @Max(
				value = 5, message = "{lab.feedback.error.item}") Integer clarity,
		@NotNull(message = "{lab.feedback.error.item}") @Min(value = 1, message = "{lab.feedback.error.item}") @Max(
				value = 5, message = "{lab.feedback.error.item}") Integer applicability,
		@NotNull(message = "{lab.feedback.error.item}") @Min(value = 1, message = "{lab.feedback.error.item}") @Max(
				value = 5, message = "{lab.feedback.error.item}") Integer facilitation,
		@NotNull(message = "{lab.feedback.error.item}") @Min(value = 1, message = "{lab.feedback.error.item}") @Max(
				value = 5, message = "{lab.feedback.error.item}") Integer overall,
		@Valid ActivityRatings activity, @Size(max = 2000, message = "{lab.feedback.error.comment}") String comment) {

	FeedbackForm {
		activity = (activity != null) ? activity : new ActivityRatings(null, null, null, null, null, null);
	}

	static FeedbackForm blank() {
		return new FeedbackForm(null, null, null, null, null, null, "");
	}

	/** The answers, with ratings only for the kinds of activity the module has. */
	FeedbackAnswers answers(Collection<ActivityType> moduleTypes) {
		Map<ActivityType, Integer> ratings = new EnumMap<>(ActivityType.class);
		for (ActivityType type : moduleTypes) {
			Integer rating = this.activity.of(type);
			if (rating != null) {
				ratings.put(type, rating);
			}
		}
		return new FeedbackAnswers(this.relevance, this.clarity, this.applicability, this.facilitation, this.overall,
				ratings, this.comment);
	}

	/** One optional rating per kind of activity, named as the kinds are. */
	record ActivityRatings(
			@Min(value = 1, message = "{lab.feedback.error.item}") @Max(value = 5,
					message = "{lab.feedback.error.item}") Integer WORKSHOP,
			@Min(value = 1, message = "{lab.feedback.error.item}") @Max(value = 5,
					message = "{lab.feedback.error.item}") Integer ELEARNING,
			@Min(value = 1, message = "{lab.feedback.error.item}") @Max(value = 5,
					message = "{lab.feedback.error.item}") Integer LIVING_LAB,
			@Min(value = 1, message = "{lab.feedback.error.item}") @Max(value = 5,
					message = "{lab.feedback.error.item}") Integer CASE_STUDY,
			@Min(value = 1, message = "{lab.feedback.error.item}") @Max(value = 5,
					message = "{lab.feedback.error.item}") Integer PEER_EXCHANGE,
			@Min(value = 1, message = "{lab.feedback.error.item}") @Max(value = 5,
					message = "{lab.feedback.error.item}") Integer ASSESSMENT) {

		Integer of(ActivityType type) {
			return switch (type) {
				case WORKSHOP -> this.WORKSHOP;
				case ELEARNING -> this.ELEARNING;
				case LIVING_LAB -> this.LIVING_LAB;
				case CASE_STUDY -> this.CASE_STUDY;
				case PEER_EXCHANGE -> this.PEER_EXCHANGE;
				case ASSESSMENT -> this.ASSESSMENT;
			};
		}

	}

}
