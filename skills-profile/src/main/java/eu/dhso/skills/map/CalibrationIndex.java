package eu.dhso.skills.map;

import java.util.Map;

import eu.dhso.core.disclosure.Contributors;
import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.disclosure.Released;

/**
 * The calibration index of a person in an area: the self-rating minus the knowledge
 * score, both on a 0 to 1 scale, so it runs from -1 to 1:
 * {@code (mean self-rated level - 1) / 3 - share of knowledge items answered correctly}.
 * Above zero the person rates themselves higher than their knowledge answers suggest,
 * below zero lower; it is undefined where the area has no self-rating or no knowledge
 * item answered. A group's index is the mean of its people's, released through the
 * kernel's disclosure control under one figure name per framework version, area and
 * group, so every page and export shows the same value.
 */
public final class CalibrationIndex {

	private CalibrationIndex() {
	}

	/**
	 * @param meanSelfLevel mean self-rated level (1 to 4) in the area, or null
	 * @param knowledgeShare share of knowledge items answered correctly (0 to 1), or null
	 */
	public static Double of(Double meanSelfLevel, Double knowledgeShare) {
		if (meanSelfLevel == null || knowledgeShare == null) {
			return null;
		}
		return (meanSelfLevel - 1) / 3 - knowledgeShare;
	}

	/** The figure's name: a group is a profession and a country or {@code all}. */
	static String figure(long frameworkVersionId, String area, String group) {
		return "calibration:" + frameworkVersionId + ":" + area + ":" + group;
	}

	/** People's indices of one group; only people with an index count toward it. */
	static final class Group {

		private final DisclosureControl disclosure;

		private Contributors contributors = Contributors.NONE;

		private double sum;

		private long people;

		Group(DisclosureControl disclosure) {
			this.disclosure = disclosure;
		}

		/**
		 * @param recordKey the person's ({@link #key})
		 */
		void add(long recordKey, Double index) {
			if (index == null) {
				return;
			}
			this.contributors = this.contributors.plus(recordKey);
			this.sum += index;
			this.people++;
		}

		Released release(String figure) {
			return this.disclosure.mean(figure, this.contributors, this.sum, this.people, -1, 1);
		}

	}

	/** A respondent's record key (an account, or a synthetic attempt's negated id). */
	static long key(DisclosureControl disclosure, Map<Long, Long> keys, long respondent) {
		return keys.computeIfAbsent(respondent, (r) -> disclosure.recordKey("skills-respondent:" + r));
	}

}
