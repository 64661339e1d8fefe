package eu.dhso.core.translation;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A translation sheet as posted: the target language, the stamp the sheet was read with,
 * and one text per field (blank removes the translation, so the English source shows
 * again, marked).
 */
public record TranslationForm(@NotBlank String language, String stamp,
		Map<String, @Size(max = TranslationForm.MAX_LENGTH) String> texts) {

	public static final int MAX_LENGTH = 8000;

}
