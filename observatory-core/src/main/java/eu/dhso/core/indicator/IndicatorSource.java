package eu.dhso.core.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Figures a module computes from its own data for the observatory's lifecycle indicators
 * (published cases, professionals assessed, people trained, learning gain, ...). The
 * guidelines module collects them from every source per period, so it never reads another
 * module's tables.
 */
public interface IndicatorSource {

	/**
	 * The values as they stood at the end of {@code periodEnd} (inclusive), one per
	 * indicator code, country and dimension.
	 */
	List<IndicatorValue> values(LocalDate periodEnd);

	/**
	 * @param code indicator code, also the message key suffix
	 * ({@code indicator.cases.published})
	 * @param countryCode ISO country code, or null for all countries together
	 * @param dimension an optional breakdown such as a profession code, or null
	 * @param value the figure
	 * @param basis how many people (or items) the figure rests on, so consumers suppress
	 * person-based groups under five
	 * @param personBased whether the figure describes people and therefore needs
	 * suppression
	 */
	record IndicatorValue(String code, String countryCode, String dimension, BigDecimal value, long basis,
			boolean personBased) {
	}

}
