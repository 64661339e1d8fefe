package eu.dhso.cases.library;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
					String word = lexeme.toString().replace('ς', 'σ');
					if (prefix) {
						prefixes.add(word);
					}
					else {
						exact.add(word);
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
		Tokens tokens = Tokens.of(text);
		int count = tokens.size();
		if (count == 0) {
			return "";
		}
		boolean[] marked = new boolean[count];
		boolean any = false;
		for (int i = 0; i < count; i++) {
			if (words.match(text, tokens.start(i), tokens.end(i))) {
				marked[i] = true;
				any = true;
			}
		}
		// a hyphenated word the query has whole, such as e-health, is marked whole
		for (int i = 0; i < count; i++) {
			int end = i;
			while (end + 1 < count && tokens.hyphenated(text, end)) {
				end++;
			}
			if (end > i && words.match(text, tokens.start(i), tokens.end(end))) {
				for (int j = i; j <= end; j++) {
					marked[j] = true;
				}
				any = true;
			}
			i = end;
		}
		StringBuilder html = new StringBuilder();
		if (!any) {
			fragment(text, tokens, marked, 0, Math.min(MIN_WORDS, count), html);
			return html.toString();
		}
		int fragments = 0;
		int shownTo = 0;
		for (int i = 0; i < count && fragments < 2; i++) {
			if (!marked[i] || i < shownTo) {
				continue;
			}
			// the matched word in the middle of its fragment, within the text and after
			// the fragment before
			int from = Math.max(shownTo, i - MAX_WORDS / 2);
			int to = Math.min(count, from + MAX_WORDS);
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
	private static void fragment(String text, Tokens tokens, boolean[] marked, int from, int to, StringBuilder html) {
		// escaped a run at a time, from one mark's edge to the next
		int plain = (from == 0) ? 0 : tokens.start(from);
		for (int i = from; i < to; i++) {
			if (!marked[i]) {
				continue;
			}
			if (i == from || !marked[i - 1] || !tokens.hyphenated(text, i - 1)) {
				html.append(escape(text.substring(plain, tokens.start(i)))).append("<mark>");
				plain = tokens.start(i);
			}
			if (i + 1 == to || !marked[i + 1] || !tokens.hyphenated(text, i)) {
				html.append(escape(text.substring(plain, tokens.end(i)))).append("</mark>");
				plain = tokens.end(i);
			}
		}
		html.append(escape(text.substring(plain, (to == tokens.size()) ? text.length() : tokens.end(to - 1))));
	}

	/** Escaped for HTML in UTF-8: only the characters that are markup. */
	private static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/**
	 * The words of a text: runs of letters and digits, as the text search parser finds
	 * them; each as its start and end, in one array (a page's ten texts have thousands).
	 */
	private static final class Tokens {

		private int[] bounds = new int[64];

		private int size;

		static Tokens of(String text) {
			Tokens tokens = new Tokens();
			int at = 0;
			int length = text.length();
			while (at < length) {
				int c = text.codePointAt(at);
				if (!letterOrDigit(c)) {
					at += Character.charCount(c);
					continue;
				}
				int start = at;
				while (at < length) {
					c = text.codePointAt(at);
					if (!letterOrDigit(c) && (c < 128 || Character.getType(c) != Character.NON_SPACING_MARK)) {
						break;
					}
					at += Character.charCount(c);
				}
				tokens.add(start, at);
			}
			return tokens;
		}

		private static boolean letterOrDigit(int c) {
			if (c < 128) {
				return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
			}
			return Character.isLetterOrDigit(c);
		}

		private void add(int start, int end) {
			if (2 * this.size + 2 > this.bounds.length) {
				this.bounds = Arrays.copyOf(this.bounds, 2 * this.bounds.length);
			}
			this.bounds[2 * this.size] = start;
			this.bounds[2 * this.size + 1] = end;
			this.size++;
		}

		int size() {
			return this.size;
		}

		int start(int token) {
			return this.bounds[2 * token];
		}

		int end(int token) {
			return this.bounds[2 * token + 1];
		}

		/** Whether the token and the next are joined by a hyphen alone, as one word. */
		boolean hyphenated(String text, int token) {
			return start(token + 1) == end(token) + 1 && text.charAt(end(token)) == '-';
		}

	}

	/**
	 * The words a text's words are marked for.
	 *
	 * @param starts the first characters of the words: a word of a text that starts with
	 * an ASCII character no word starts with, in any case, is not one of them, and is not
	 * read further
	 */
	record Words(Set<String> exact, List<String> prefixes, String starts) {

		Words(Set<String> exact, List<String> prefixes) {
			this(exact, prefixes,
					Stream.concat(exact.stream(), prefixes.stream())
						.map((word) -> word.substring(0, 1))
						.distinct()
						.collect(Collectors.joining()));
		}

		boolean isEmpty() {
			return this.exact.isEmpty() && this.prefixes.isEmpty();
		}

		/** Whether a word of a text, from start to end, is one of them. */
		boolean match(String text, int start, int end) {
			char first = text.charAt(start);
			if (first < 128 && this.starts.indexOf(Character.toLowerCase(first)) < 0) {
				return false;
			}
			return match(text.substring(start, end));
		}

		/**
		 * Whether a word of a text, in lower case and without accents, is one of them.
		 */
		boolean match(String word) {
			if (isEmpty()) {
				return false;
			}
			// a final ς is σ in the library's words (cases/V16)
			String lower = word.toLowerCase(Locale.ROOT).replace('ς', 'σ');
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
