package eu.dhso.skills.map;

/**
 * One aggregate of the skills map. A cell with fewer than {@link #MIN_RESPONDENTS}
 * respondents carries no figures at all, not even its count, so nobody can single a
 * person out.
 */
public record Cell(Integer respondents, Double meanLevel, Double meanGap) {

	public static final int MIN_RESPONDENTS = 5;

	static final Cell SUPPRESSED = new Cell(null, null, null);

	static Cell of(int respondents, Double meanLevel, Double meanGap) {
		return (respondents < MIN_RESPONDENTS) ? SUPPRESSED : new Cell(respondents, meanLevel, meanGap);
	}

	public boolean suppressed() {
		return this.respondents == null;
	}

	/** Colour band of the mean level: 1 to 4, by whole levels reached. */
	public int band() {
		return suppressed() ? 0 : Math.max(1, Math.min(4, (int) Math.floor(this.meanLevel + 1e-9)));
	}

}
