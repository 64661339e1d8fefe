package eu.dhso.core.web;

import org.springframework.ui.Model;

/**
 * The meta description of a page about one thing (a case, a guideline, a report…): its
 * own summary, so search results and link previews say what the page holds rather than
 * what the observatory is. Pages without one fall back to the observatory's description.
 */
public final class PageDescription {

	/** The model attribute the layout reads. */
	public static final String ATTRIBUTE = "pageDescription";

	/** Search engines show about this many characters. */
	static final int LIMIT = 160;

	private PageDescription() {
	}

	public static void describe(Model model, String text) {
		String description = of(text);
		if (description != null) {
			model.addAttribute(ATTRIBUTE, description);
		}
	}

	/**
	 * One line of plain text of at most {@link #LIMIT} characters, cut at a word and
	 * marked with an ellipsis when shortened; {@code null} when there is no text.
	 */
	static String of(String text) {
		if (text == null) {
			return null;
		}
		// Markdown's marks say nothing in a preview.
		String plain = text.replaceAll("[#*_`>\\[\\]]", " ").replaceAll("\\(https?://[^)]*\\)", " ");
		plain = plain.replaceAll("\\s+", " ").strip();
		if (plain.isEmpty()) {
			return null;
		}
		if (plain.length() <= LIMIT) {
			return plain;
		}
		int cut = plain.lastIndexOf(' ', LIMIT - 1);
		return plain.substring(0, (cut > LIMIT / 2) ? cut : LIMIT - 1).stripTrailing() + "…";
	}

}
