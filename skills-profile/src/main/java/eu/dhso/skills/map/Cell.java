package eu.dhso.skills.map;

import java.util.Locale;

import eu.dhso.core.disclosure.Released;
import eu.dhso.core.web.Decimals;

/**
 * One released aggregate of the skills map, as the kernel's disclosure control lets it
 * out: a group under its minimum size carries no figures at all, not even its count;
 * otherwise the means are perturbed and the count rounded.
 */
public record Cell(Integer respondents, Double meanLevel, Double meanGap) {

	static final Cell SUPPRESSED = new Cell(null, null, null);

	static Cell of(Released level, Double meanGap) {
		return level.isSuppressed() ? SUPPRESSED : new Cell(Math.toIntExact(level.people()), level.value(), meanGap);
	}

	public boolean suppressed() {
		return this.respondents == null;
	}

	/** The mean level with one decimal in the reader's language. */
	public String mean(Locale locale) {
		return Decimals.format(this.meanLevel, 1, locale);
	}

	/** The mean gap with one decimal in the reader's language; empty without one. */
	public String gap(Locale locale) {
		return Decimals.format(this.meanGap, 1, locale);
	}

	/** Colour band of the mean level: 1 to 4, by whole levels reached. */
	public int band() {
		return suppressed() ? 0 : Math.max(1, Math.min(4, (int) Math.floor(this.meanLevel + 1e-9)));
	}

}
