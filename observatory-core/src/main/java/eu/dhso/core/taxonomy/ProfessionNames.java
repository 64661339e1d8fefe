package eu.dhso.core.taxonomy;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * A profession's name in the reader's language, for values stored with its code (an
 * indicator's breakdown); templates use {@code @professionNames}. An unknown code shows
 * as stored, so nothing is lost.
 */
@Component("professionNames")
@NamedInterface("taxonomy")
public class ProfessionNames {

	private final MessageSource messages;

	ProfessionNames(MessageSource messages) {
		this.messages = messages;
	}

	public String name(String code, Locale locale) {
		if (code == null || code.isBlank()) {
			return "";
		}
		return this.messages.getMessage(Profession.messageKey(code), null, code, locale);
	}

}
