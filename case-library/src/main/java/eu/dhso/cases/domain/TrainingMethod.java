package eu.dhso.cases.domain;

/**
 * How an implementation organised the training of its staff; its name is the message
 * {@code cases.training.method.<NAME>}.
 */
public enum TrainingMethod {

	/** Scheduled courses for everyone before go-live. */
	FORMAL_COURSE,
	/** A few staff trained first, who then train their colleagues. */
	TRAIN_THE_TRAINER,
	/** Trained colleagues on each ward or team whom others ask first. */
	CHAMPIONS_NETWORK,
	/** Support beside staff at their workplace during go-live. */
	AT_THE_ELBOW,
	/** One-to-one coaching or mentoring over weeks. */
	COACHING,
	/** Staff learning on their own with guides, videos or modules. */
	SELF_DIRECTED,
	/** Regular meetings where staff share problems and solutions. */
	COMMUNITY_OF_PRACTICE;

	public String messageKey() {
		return "cases.training.method." + name();
	}

}
