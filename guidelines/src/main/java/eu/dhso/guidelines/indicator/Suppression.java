package eu.dhso.guidelines.indicator;

import eu.dhso.core.indicator.IndicatorSource.IndicatorValue;

/** Person-based figures that rest on fewer than five people are never shown. */
public final class Suppression {

	public static final int MIN_PEOPLE = 5;

	private Suppression() {
	}

	public static boolean suppressed(IndicatorValue value) {
		return value.value() == null || (value.personBased() && value.basis() < MIN_PEOPLE);
	}

}
