package eu.dhso.cases.transfer;

/**
 * The case fields an import can fill, each with the column name the library's CSV export
 * uses, so an exported file maps itself.
 */
public enum ImportField {

	TITLE("title", true), ORGANISATION("organisation", true), COUNTRY("country", false), SUMMARY("summary", false),
	CARE_SETTING("care_setting", false), STAGE("stage", false), PERIOD_START("period_start", false),
	TECHNOLOGIES("technologies", false), PROFESSIONS("professions", false), PROBLEM("problem", false),
	SOLUTION("solution", false), OUTCOMES("outcomes", false), BARRIERS("barriers", false), ENABLERS("enablers", false),
	LESSONS_LEARNED("lessons_learned", false), CONSENT_REFERENCE("consent_reference", false),
	CONSENT_SCOPE("consent_scope", false);

	private final String column;

	private final boolean required;

	ImportField(String column, boolean required) {
		this.column = column;
		this.required = required;
	}

	public String getColumn() {
		return this.column;
	}

	public boolean isRequired() {
		return this.required;
	}

	public String messageKey() {
		return "cases.import.field." + name();
	}

}
