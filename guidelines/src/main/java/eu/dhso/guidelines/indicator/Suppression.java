package eu.dhso.guidelines.indicator;

import eu.dhso.core.disclosure.DisclosureControl;
import eu.dhso.core.indicator.IndicatorSource.IndicatorValue;

import org.springframework.stereotype.Component;

/**
 * Person-based figures that rest on fewer people than the kernel's minimum group size
 * ({@link DisclosureControl#releasable}) are never shown.
 */
@Component
public class Suppression {

	private final DisclosureControl disclosure;

	Suppression(DisclosureControl disclosure) {
		this.disclosure = disclosure;
	}

	public boolean suppressed(IndicatorValue value) {
		return value.value() == null || (value.personBased() && !this.disclosure.releasable(value.basis()));
	}

	/** The minimum group size, for methods notes. */
	public int minGroupSize() {
		return this.disclosure.minGroupSize();
	}

}
