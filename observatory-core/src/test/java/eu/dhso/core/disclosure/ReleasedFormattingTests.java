package eu.dhso.core.disclosure;

import java.util.Locale;
import java.util.Random;

import eu.dhso.core.web.Decimals;
import org.junit.jupiter.api.Test;
import org.thymeleaf.expression.Numbers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The figures' fast formatting writes exactly what the formatting it replaced wrote:
 * {@code String.format} for released values, Thymeleaf's {@code #numbers.formatDecimal}
 * for the map's cells.
 */
class ReleasedFormattingTests {

	@Test
	void aReleasedValueIsWrittenAsStringFormatWroteIt() {
		Random random = new Random(20261204);
		double[] edges = { 0, -0.0, 0.005, -0.005, 0.015, 0.125, 0.995, -0.995, 0.999, 1, 1.05, 1.15, 2.25, 2.45,
				-0.001, -1.05, 3.95, 99.95, 123456.75 };
		for (double value : edges) {
			assertThat(new Released(value, 10L).formatted()).as("%s", value).isEqualTo(legacy(value));
		}
		for (int i = 0; i < 100_000; i++) {
			double value = (random.nextDouble() * 10 - 5) / ((i % 3) + 1);
			if (i % 7 == 0) {
				value = Math.round(value * 1000) / 1000.0; // many exact halves
			}
			assertThat(new Released(value, 10L).formatted()).as("%s", value).isEqualTo(legacy(value));
		}
		assertThat(new Released(null, null).formatted()).isEmpty();
	}

	@Test
	void aDecimalIsWrittenAsThymeleafWroteIt() {
		Random random = new Random(4);
		for (Locale locale : new Locale[] { Locale.ENGLISH, Locale.ITALIAN, Locale.forLanguageTag("el"),
				Locale.forLanguageTag("hu"), Locale.forLanguageTag("da") }) {
			Numbers numbers = new Numbers(locale);
			for (int i = 0; i < 20_000; i++) {
				double value = random.nextDouble() * ((i % 2 == 0) ? 5 : 5000) - ((i % 5 == 0) ? 2 : 0);
				if (i % 3 == 0) {
					value = Math.round(value * 100) / 100.0;
				}
				assertThat(Decimals.format(value, 1, locale)).as("%s in %s", value, locale)
					.isEqualTo(numbers.formatDecimal(value, 1, 1));
				assertThat(Decimals.format(value, 2, locale)).isEqualTo(numbers.formatDecimal(value, 1, 2));
			}
		}
		assertThat(Decimals.format(null, 1, Locale.ENGLISH)).isEmpty();
	}

	private static String legacy(double value) {
		return (Math.abs(value) < 1) ? String.format(Locale.ROOT, "%.2f", value)
				: String.format(Locale.ROOT, "%.1f", value);
	}

}
