package eu.dhso.core.disclosure;

/**
 * Who stands behind one aggregate: how many distinct verified people, and the sum of
 * their record keys ({@link DisclosureControl#recordKey}). Two aggregates over the same
 * people have the same key sum, so they get the same perturbation; aggregates that differ
 * by even one person get unrelated ones.
 */
public record Contributors(long people, long keySum) {

	public static final Contributors NONE = new Contributors(0, 0);

	public Contributors plus(long recordKey) {
		return new Contributors(this.people + 1, this.keySum + recordKey);
	}

}
