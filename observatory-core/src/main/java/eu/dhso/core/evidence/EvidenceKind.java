package eu.dhso.core.evidence;

/**
 * What a citation may point at. The prefix is how the citation is written in a draft
 * ({@code case:12}, {@code cell:NURSE/S1.2/2025}); the name is its message key suffix.
 */
public enum EvidenceKind {

	/** A published interview case, by id; freezing pins the version the public saw. */
	CASE("case"),
	/**
	 * A cell of the skills map: {@code PROFESSION/COMPETENCE[/PERIOD[/COUNTRY]]};
	 * freezing pins the period, so its released figure can be computed again.
	 */
	SKILLS_CELL("cell"),
	/** The general role profile of a profession, by profession code. */
	ROLE_PROFILE("profile"),
	/** The pilot evaluation of a cohort, by cohort id. */
	PILOT_EVALUATION("pilot"),
	/** A published version of a guideline: {@code slug@number}. */
	GUIDELINE("guideline"),
	/** A published observatory report, by its address name. */
	OBSERVATORY_REPORT("report"),
	/** An indicator for all countries: {@code code}, frozen as {@code code@period}. */
	INDICATOR("indicator");

	private final String prefix;

	EvidenceKind(String prefix) {
		this.prefix = prefix;
	}

	public String prefix() {
		return this.prefix;
	}

	/** The kind written with this prefix, or null. */
	public static EvidenceKind ofPrefix(String prefix) {
		for (EvidenceKind kind : values()) {
			if (kind.prefix.equals(prefix)) {
				return kind;
			}
		}
		return null;
	}

}
