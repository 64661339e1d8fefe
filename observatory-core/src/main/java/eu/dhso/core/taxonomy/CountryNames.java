package eu.dhso.core.taxonomy;

import java.util.Locale;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Country names in the reader's language, from the JDK's locale data; templates use
 * {@code @countryNames}.
 */
@Component("countryNames")
@NamedInterface("taxonomy")
public class CountryNames {

	public String name(String code, Locale locale) {
		if (code == null || code.isBlank()) {
			return "";
		}
		return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
	}

}
