package eu.dhso.lab.scheme;

import eu.dhso.core.taxonomy.TrainingFormat;

/**
 * What kind of learning an activity is. Its name is the message
 * {@code lab.activity.type.<NAME>}.
 */
public enum ActivityType {

	WORKSHOP(false), ELEARNING(true), LIVING_LAB(false), CASE_STUDY(true), PEER_EXCHANGE(false), ASSESSMENT(true);

	private final boolean selfPaced;

	ActivityType(boolean selfPaced) {
		this.selfPaced = selfPaced;
	}

	/**
	 * The activity's format in the observatory's one vocabulary, which interview cases
	 * use for the training behind them; each type is the format of its name.
	 */
	public TrainingFormat format() {
		return TrainingFormat.valueOf(name());
	}

	/**
	 * Whether participants do it on their own and mark it done, rather than in a session
	 * whose attendance the trainers record.
	 */
	public boolean selfPaced() {
		return this.selfPaced;
	}

}
