package eu.dhso.skills.map;

import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixed window of submission months: a calendar quarter or a whole year (UTC). The map
 * accepts no other periods, because two overlapping arbitrary ranges that differ by one
 * month would single out whoever submitted in that month.
 */
public record MapPeriod(int year, Integer quarter) {

	private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-Q([1-4]))?");

	public MapPeriod {
		if (year < 2000 || year > 2999 || (quarter != null && (quarter < 1 || quarter > 4))) {
			throw new IllegalArgumentException("No such period: " + year + " Q" + quarter);
		}
	}

	public static MapPeriod ofYear(int year) {
		return new MapPeriod(year, null);
	}

	public static MapPeriod ofQuarter(int year, int quarter) {
		return new MapPeriod(year, quarter);
	}

	/** {@code 2025} or {@code 2025-Q3}; anything else is no period. */
	public static Optional<MapPeriod> parse(String code) {
		Matcher matcher = (code != null) ? CODE.matcher(code.strip()) : null;
		if (matcher == null || !matcher.matches()) {
			return Optional.empty();
		}
		int year = Integer.parseInt(matcher.group(1));
		if (year < 2000 || year > 2999) {
			return Optional.empty();
		}
		return Optional.of(new MapPeriod(year, (matcher.group(2) != null) ? Integer.valueOf(matcher.group(2)) : null));
	}

	/**
	 * The smallest fixed window holding both months of an old from/to link: their quarter
	 * when they share one, else their year when they share one, else none (all time).
	 */
	public static Optional<MapPeriod> covering(YearMonth from, YearMonth to) {
		if (from == null || to == null || from.isAfter(to) || from.getYear() != to.getYear()) {
			return Optional.empty();
		}
		int quarter = quarterOf(from);
		return Optional.of((quarter == quarterOf(to)) ? ofQuarter(from.getYear(), quarter) : ofYear(from.getYear()));
	}

	private static int quarterOf(YearMonth month) {
		return (month.getMonthValue() - 1) / 3 + 1;
	}

	public YearMonth firstMonth() {
		return YearMonth.of(this.year, (this.quarter != null) ? (this.quarter - 1) * 3 + 1 : 1);
	}

	public YearMonth lastMonth() {
		return (this.quarter != null) ? firstMonth().plusMonths(2) : YearMonth.of(this.year, 12);
	}

	/** The URL form, as {@link #parse} reads it. */
	public String code() {
		return (this.quarter != null) ? this.year + "-Q" + this.quarter : String.valueOf(this.year);
	}

	public boolean isQuarter() {
		return this.quarter != null;
	}

	@Override
	public String toString() {
		return code();
	}

}
