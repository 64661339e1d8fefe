package eu.dhso.core.disclosure;

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
		return (Math.abs(this.value) < 1) ? String.format(Locale.ROOT, "%.2f", this.value)
				: String.format(Locale.ROOT, "%.1f", this.value);
	}

}
