package eu.dhso.cases.library;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.web.util.HtmlUtils;

/**
 * A case's text around the words a search matched, as safe HTML: the text is escaped and
 * its only markup is {@code <mark>} around those words. Up to two fragments of
 * {@value #MAX_WORDS} words each, the first {@value #MIN_WORDS} words when no word of the
 * text matched, as {@code ts_headline} with {@code MaxWords=35, MinWords=15,
 * MaxFragments=2} shows them. It is worked out here, not in the database: there, parsing
 * the ten texts of a page again was half of a new search's database time.
 */
final class Snippets {

	static final int MAX_WORDS = 35;

	static final int MIN_WORDS = 15;

	private static final String DELIMITER = " … ";

	private Snippets() {
	}

	/**
	 * The words of a library query ({@code cases.library_tsquery} in tsquery's text form)
	 * a text's words are marked for: every lexeme not negated, as the library's simple
	 * configuration has them (lower case, without accents).
	 */
	static Words words(String tsquery) {
		Set<String> exact = new HashSet<>();
		List<String> prefixes = new ArrayList<>();
		if (tsquery == null) {
			return new Words(exact, prefixes);
		}
		List<Boolean> groups = new ArrayList<>();
		boolean negated = false;
		boolean not = false;
		int at = 0;
		int length = tsquery.length();
		while (at < length) {
			char c = tsquery.charAt(at);
			if (c == '!') {
				not = !not;
				at++;
			}
			else if (c == '(') {
				groups.add(negated);
				negated ^= not;
				not = false;
				at++;
			}
			else if (c == ')') {
				negated = groups.isEmpty() ? false : groups.remove(groups.size() - 1);
				at++;
			}
			else if (c == '\'') {
				StringBuilder lexeme = new StringBuilder();
				int end = IndexedQuery.quoted(tsquery, at, lexeme);
				at = (end < 0) ? length : end;
				boolean prefix = false;
				if (at < length && tsquery.charAt(at) == ':') {
					at++;
					while (at < length && (tsquery.charAt(at) == '*' || Character.isLetter(tsquery.charAt(at)))) {
						prefix |= tsquery.charAt(at) == '*';
						at++;
					}
				}
				if (!(negated ^ not) && !lexeme.isEmpty()) {
					if (prefix) {
						prefixes.add(lexeme.toString());
					}
					else {
						exact.add(lexeme.toString());
					}
				}
				not = false;
			}
			else {
				at++;
			}
		}
		return new Words(exact, prefixes);
	}

	/** The snippet of a text for the words; empty for no text. */
	static String headline(String text, Words words) {
		if (text == null || text.isEmpty()) {
			return "";
		}
		List<int[]> tokens = tokens(text);
		if (tokens.isEmpty()) {
			return "";
		}
		boolean[] marked = new boolean[tokens.size()];
		boolean any = false;
		for (int i = 0; i < tokens.size(); i++) {
			int[] token = tokens.get(i);
			if (words.match(text.substring(token[0], token[1]))) {
				marked[i] = true;
				any = true;
			}
		}
		// a hyphenated word the query has whole, such as e-health, is marked whole
		for (int i = 0; i < tokens.size(); i++) {
			int end = i;
			while (end + 1 < tokens.size() && hyphenated(text, tokens.get(end), tokens.get(end + 1))) {
				end++;
			}
			if (end > i && words.match(text.substring(tokens.get(i)[0], tokens.get(end)[1]))) {
				for (int j = i; j <= end; j++) {
					marked[j] = true;
				}
				any = true;
			}
			i = end;
		}
		StringBuilder html = new StringBuilder();
		if (!any) {
			fragment(text, tokens, marked, 0, Math.min(MIN_WORDS, tokens.size()), html);
			return html.toString();
		}
		int fragments = 0;
		int shownTo = 0;
		for (int i = 0; i < tokens.size() && fragments < 2; i++) {
			if (!marked[i] || i < shownTo) {
				continue;
			}
			// the matched word in the middle of its fragment, within the text and after
			// the fragment before
			int from = Math.max(shownTo, i - MAX_WORDS / 2);
			int to = Math.min(tokens.size(), from + MAX_WORDS);
			from = Math.max(shownTo, Math.min(from, to - MAX_WORDS));
			if (fragments > 0) {
				html.append(DELIMITER);
			}
			fragment(text, tokens, marked, from, to, html);
			fragments++;
			shownTo = to;
		}
		return html.toString();
	}

	/**
	 * The text from the first word to the last, with its spacing and punctuation, and
	 * with what comes before or after them at the text's start or end.
	 */
	private static void fragment(String text, List<int[]> tokens, boolean[] marked, int from, int to,
			StringBuilder html) {
		// escaped a run at a time, from one mark's edge to the next
		int plain = (from == 0) ? 0 : tokens.get(from)[0];
		for (int i = from; i < to; i++) {
			if (!marked[i]) {
				continue;
			}
			int[] token = tokens.get(i);
			if (i == from || !marked[i - 1] || !hyphenated(text, tokens.get(i - 1), token)) {
				html.append(escape(text.substring(plain, token[0]))).append("<mark>");
				plain = token[0];
			}
			if (i + 1 == to || !marked[i + 1] || !hyphenated(text, token, tokens.get(i + 1))) {
				html.append(escape(text.substring(plain, token[1]))).append("</mark>");
				plain = token[1];
			}
		}
		html.append(escape(text.substring(plain, (to == tokens.size()) ? text.length() : tokens.get(to - 1)[1])));
	}

	/** Escaped for HTML in UTF-8: only the characters that are markup. */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/** Two words joined by a hyphen alone, as parts of one word. */
	private static boolean hyphenated(String text, int[] word, int[] next) {
		return next[0] == word[1] + 1 && text.charAt(word[1]) == '-';
	}

	/**
	 * The words of a text: runs of letters and digits, as the text search parser finds
	 * them; each as its start and end.
	 */
	private static List<int[]> tokens(String text) {
		List<int[]> tokens = new ArrayList<>();
		int at = 0;
		int length = text.length();
		while (at < length) {
			int c = text.codePointAt(at);
			if (!Character.isLetterOrDigit(c)) {
				at += Character.charCount(c);
				continue;
			}
			int start = at;
			while (at < length) {
				c = text.codePointAt(at);
				if (!Character.isLetterOrDigit(c) && Character.getType(c) != Character.NON_SPACING_MARK) {
					break;
				}
				at += Character.charCount(c);
			}
			tokens.add(new int[] { start, at });
		}
		return tokens;
	}

	/** The words a text's words are marked for. */
	record Words(Set<String> exact, List<String> prefixes) {

		boolean isEmpty() {
			return this.exact.isEmpty() && this.prefixes.isEmpty();
		}

		/**
		 * Whether a word of a text, in lower case and without accents, is one of them.
		 */
		boolean match(String word) {
			if (isEmpty()) {
				return false;
			}
			String lower = word.toLowerCase(Locale.ROOT);
			if (matches(lower)) {
				return true;
			}
			String plain = unaccented(lower);
			return !plain.equals(lower) && matches(plain);
		}

		private boolean matches(String word) {
			if (this.exact.contains(word)) {
				return true;
			}
			for (String prefix : this.prefixes) {
				if (word.startsWith(prefix)) {
					return true;
				}
			}
			return false;
		}

	}

	/**
	 * As the library's unaccent dictionary removes accents, for the scripts it serves.
	 */
	static String unaccented(String word) {
		boolean ascii = true;
		for (int i = 0; i < word.length() && ascii; i++) {
			ascii = word.charAt(i) < 128;
		}
		if (ascii) {
			return word;
		}
		String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
		StringBuilder plain = new StringBuilder(decomposed.length());
		for (int i = 0; i < decomposed.length(); i++) {
			char c = decomposed.charAt(i);
			switch (c) {
				case 'ß' -> plain.append("ss");
				case 'æ' -> plain.append("ae");
				case 'œ' -> plain.append("oe");
				case 'ø' -> plain.append('o');
				case 'đ' -> plain.append('d');
				case 'ł' -> plain.append('l');
				default -> {
					if (Character.getType(c) != Character.NON_SPACING_MARK) {
						plain.append(c);
					}
				}
			}
		}
		return plain.toString();
	}

}
