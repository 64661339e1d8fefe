package eu.dhso.skills.assessment;

/**
 * How a person's self-rating in an area compares with their knowledge score there. Both
 * are put on a 0 to 1 scale; a difference beyond {@link #TOLERANCE} counts as over- or
 * under-confidence.
 */
public enum Calibration {

	OVER_CONFIDENT, CALIBRATED, UNDER_CONFIDENT, NOT_MEASURED;

	/** A quarter of the scale: one level of four, or one question in four. */
	static final double TOLERANCE = 0.25;

	/**
	 * @param meanSelfLevel mean self-rated level, 1 to 4, or null
	 * @param knowledgeShare share of knowledge items answered correctly, 0 to 1, or null
	 */
	public static Calibration of(Double meanSelfLevel, Double knowledgeShare) {
		if (meanSelfLevel == null || knowledgeShare == null) {
			return NOT_MEASURED;
		}
		double self = (meanSelfLevel - 1) / 3;
		double difference = self - knowledgeShare;
		if (difference > TOLERANCE + 1e-9) {
			return OVER_CONFIDENT;
		}
		if (difference < -TOLERANCE - 1e-9) {
			return UNDER_CONFIDENT;
		}
		return CALIBRATED;
	}

}
