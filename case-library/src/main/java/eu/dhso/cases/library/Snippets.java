package eu.dhso.cases.library;

import org.springframework.web.util.HtmlUtils;

/**
 * Makes PostgreSQL's ts_headline output safe to show: the database marks matches with two
 * control characters that never occur in stored text, everything is HTML-escaped, and
 * only then are the marks turned into {@code <mark>} elements.
 */
final class Snippets {

	static final char START = '\u0002';

	static final char STOP = '\u0003';

	static final String HEADLINE_OPTIONS = "StartSel=" + START + ", StopSel=" + STOP
			+ ", MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=\" … \"";

	private Snippets() {
	}

	/** Removes the marker characters from text before it is stored for search. */
	static String withoutMarkers(String text) {
		return (text != null) ? text.replace(START, ' ').replace(STOP, ' ') : "";
	}

	static String toSafeHtml(String headline) {
		if (headline == null) {
			return "";
		}
		StringBuilder html = new StringBuilder(headline.length() + 32);
		StringBuilder segment = new StringBuilder();
		boolean open = false;
		for (char c : headline.toCharArray()) {
			if (c == START || c == STOP) {
				html.append(HtmlUtils.htmlEscape(segment.toString()));
				segment.setLength(0);
				if (c == START && !open) {
					html.append("<mark>");
					open = true;
				}
				else if (c == STOP && open) {
					html.append("</mark>");
					open = false;
				}
			}
			else {
				segment.append(c);
			}
		}
		html.append(HtmlUtils.htmlEscape(segment.toString()));
		if (open) {
			html.append("</mark>");
		}
		return html.toString();
	}

}
