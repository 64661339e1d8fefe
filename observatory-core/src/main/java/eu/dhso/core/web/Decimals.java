package eu.dhso.core.web;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A decimal in the reader's language, as Thymeleaf's
 * {@code #numbers.formatDecimal(value, 1,
 * n)} writes it, for pages that print hundreds: that builds the language's symbols anew
 * for every number, which was a tenth of the skills map's time.
 */
public final class Decimals {

	private static final Map<Locale, DecimalFormatSymbols> SYMBOLS = new ConcurrentHashMap<>();

	private Decimals() {
	}

	/** The value with exactly {@code decimals} decimals; empty for null. */
	public static String format(Number value, int decimals, Locale locale) {
		if (value == null) {
			return "";
		}
		DecimalFormatSymbols symbols = SYMBOLS.computeIfAbsent(locale, DecimalFormatSymbols::getInstance);
		DecimalFormat format = new DecimalFormat((decimals > 0) ? "0." + "0".repeat(decimals) : "0", symbols);
		return format.format(value);
	}

}
