package eu.dhso.lab.scheme;

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
	 * Whether participants do it on their own and mark it done, rather than in a session
	 * whose attendance the trainers record.
	 */
	public boolean selfPaced() {
		return this.selfPaced;
	}

}
