package eu.dhso.core.privacy;

/**
 * A module's share of one person's data, so that a person can download everything the
 * observatory keeps about them and erase their account, each in one action (GDPR art. 15,
 * 17 and 20), without core knowing any module's tables. Every module that stores data
 * about accounts implements it as a bean, like {@code IndicatorSource} or
 * {@code DemoContent}.
 */
public interface PersonalData {

	/** The section's name in the export, such as {@code "skills"}. */
	String section();

	/**
	 * Order of the sections and of the erasure; lower first. The account itself goes
	 * last.
	 */
	default int order() {
		return 0;
	}

	/**
	 * What this module keeps about the person, as plain JSON-serialisable values (maps,
	 * lists, records, strings, numbers, dates). Only what is theirs: other people's
	 * contributions appear only as the aggregates the person was already shown.
	 */
	Object export(DataSubject person);

	/**
	 * Removes the person's data, or anonymises it where an aggregate or an organisation's
	 * record rests on it, in the caller's transaction: stored usernames and names become
	 * {@link Replacement#name()}; rows that aggregates count move to
	 * {@link Replacement#standInAccountId()}.
	 */
	void erase(DataSubject person, Replacement replacement);

}
