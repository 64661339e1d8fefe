package eu.dhso.core.disclosure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * A figure as it may be shown to anyone but the people behind it: either suppressed (both
 * fields null), or a perturbed value with its head count rounded. The true count never
 * leaves {@link DisclosureControl}.
 */
public record Released(Double value, Long people) {

	static final Released SUPPRESSED = new Released(null, null);

	public static Released suppressed() {
		return SUPPRESSED;
	}

	public boolean isSuppressed() {
		return this.people == null;
	}

	public boolean shown() {
		return this.value != null;
	}

	/**
	 * The value with one decimal, or two below one, as every page and export prints it.
	 */
	public String formatted() {
		if (this.value == null) {
			return "";
		}
		int decimals = (Math.abs(this.value) < 1) ? 2 : 1;
		if (!Double.isFinite(this.value)) {
			return String.format(Locale.ROOT, "%." + decimals + "f", this.value);
		}
		// as String.format rounds (half up, on the shortest decimal of the double),
		// without
		// its parsing of the pattern, which was a twentieth of the skills map's time
		BigDecimal rounded = BigDecimal.valueOf(this.value).setScale(decimals, RoundingMode.HALF_UP);
		String text = rounded.toPlainString();
		return (rounded.signum() == 0 && Math.copySign(1.0, this.value) < 0) ? "-" + text : text;
	}

}
