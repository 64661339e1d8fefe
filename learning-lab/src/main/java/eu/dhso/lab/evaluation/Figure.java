package eu.dhso.lab.evaluation;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * An aggregate over a group of people, hidden when the group is smaller than
 * {@link #MIN_GROUP} so nobody can be singled out. {@code value} is null when hidden or
 * when there is no data.
 */
public record Figure(Double value, long n) {

	public static final int MIN_GROUP = 5;

	public static Figure of(OptionalDouble value, long n) {
		return new Figure((n >= MIN_GROUP && value.isPresent()) ? value.getAsDouble() : null, n);
	}

	public static Figure mean(Collection<? extends Number> values) {
		return of(Gain.mean(values), values.size());
	}

	public static Figure empty() {
		return new Figure(null, 0);
	}

	public boolean suppressed() {
		return this.n > 0 && this.n < MIN_GROUP;
	}

	public boolean shown() {
		return this.value != null;
	}

	/** The value with one decimal, or two for gains below one. */
	public String formatted() {
		if (this.value == null) {
			return "";
		}
		return (Math.abs(this.value) < 1) ? String.format(java.util.Locale.ROOT, "%.2f", this.value)
				: String.format(java.util.Locale.ROOT, "%.1f", this.value);
	}

}
