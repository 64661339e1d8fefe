package eu.dhso.core.guidance;

import java.util.List;
import java.util.Locale;

/**
 * Published guidance whose audience names a profession (the guidelines module's training
 * guidelines), for the profession's page.
 */
public interface ProfessionGuidanceSource {

	/** The published guidance for the profession, titled in the reader's language. */
	List<Guidance> forProfession(String profession, Locale locale);

	/** A title and the public page it leads to. */
	record Guidance(String title, String href) {
	}

}
