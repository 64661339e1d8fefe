package eu.dhso.core.translation;

/**
 * The fields content can be translated in; stored by name, labelled on the editing page
 * through {@code translation.field.<NAME>}.
 */
public enum TranslatedField {

	TITLE(false), DESCRIPTION(true), LEVEL_1(true), LEVEL_2(true), LEVEL_3(true), LEVEL_4(true), PROMPT(true),
	OPTION_1(true), OPTION_2(true), OPTION_3(true), OPTION_4(true);

	private final boolean multiline;

	TranslatedField(boolean multiline) {
		this.multiline = multiline;
	}

	public boolean multiline() {
		return this.multiline;
	}

	/** The descriptor field of a proficiency level, 1 to 4. */
	public static TranslatedField level(int level) {
		return valueOf("LEVEL_" + level);
	}

	/** The field of a knowledge item's answer at this position, 1 to 4. */
	public static TranslatedField option(int position) {
		return valueOf("OPTION_" + position);
	}

}
