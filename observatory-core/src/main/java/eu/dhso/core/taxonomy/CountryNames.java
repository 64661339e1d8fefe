package eu.dhso.core.taxonomy;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * Country names in the reader's language, from the JDK's locale data; templates use
 * {@code @countryNames}.
 */
@Component("countryNames")
@NamedInterface("taxonomy")
public class CountryNames {

	/**
	 * Pages name every country of a form or a facet list, and the JDK builds a locale and
	 * reads its data for each: names are looked up once per language. Only two-letter
	 * codes are kept, so the map is bounded whatever a URL holds.
	 */
	private static final Map<Locale, Map<String, String>> NAMES = new ConcurrentHashMap<>();

	private static final Pattern ISO_CODE = Pattern.compile("[A-Za-z]{2}");

	public String name(String code, Locale locale) {
		if (code == null || code.isBlank()) {
			return "";
		}
		return of(code, locale);
	}

	/** The country's name in the language, for a code the JDK accepts as a region. */
	public static String of(String code, Locale locale) {
		if (!ISO_CODE.matcher(code).matches()) {
			return lookUp(code, locale);
		}
		return NAMES.computeIfAbsent(locale, (l) -> new ConcurrentHashMap<>())
			.computeIfAbsent(code, (c) -> lookUp(c, locale));
	}

	/** Whether the code has the shape of an ISO 3166 country code. */
	public static boolean isIsoCode(String code) {
		return code != null && ISO_CODE.matcher(code).matches();
	}

	private static String lookUp(String code, Locale locale) {
		return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
	}

}
