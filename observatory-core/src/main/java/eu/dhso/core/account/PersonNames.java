package eu.dhso.core.account;

import java.text.Normalizer;

import org.springframework.modulith.NamedInterface;

/**
 * Names people type for themselves. They are stored in Unicode NFC, so that one name has
 * one spelling, and never contain control or text-direction characters: those are
 * invisible, and a right-to-left override can make a name read as another one.
 */
@NamedInterface("account")
public final class PersonNames {

	private PersonNames() {
	}

	/** NFC, without surrounding white space; null stays null. */
	public static String normalise(String name) {
		return (name != null) ? Normalizer.normalize(name, Normalizer.Form.NFC).strip() : null;
	}

	public static boolean hasHiddenCharacters(String name) {
		return name != null && name.codePoints().anyMatch(PersonNames::isHidden);
	}

	private static boolean isHidden(int c) {
		return Character.isISOControl(c) || c == 0x2028 || c == 0x2029 // line and
																		// paragraph
																		// separators
				|| c == 0x200E || c == 0x200F || c == 0x061C // direction marks
				|| (c >= 0x202A && c <= 0x202E) // embeddings and overrides
				|| (c >= 0x2066 && c <= 0x2069); // isolates
	}

}
