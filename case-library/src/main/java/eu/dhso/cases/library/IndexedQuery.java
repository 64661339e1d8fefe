package eu.dhso.cases.library;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * A library query ({@code cases.library_tsquery}, in tsquery's text form) as a query of
 * the search index, with the same matches: a lexeme matches a case whose search vector
 * has it with any weight. Only lexemes joined by and, or and not are translated; a
 * phrase, a prefix or a weight is left to the database.
 */
final class IndexedQuery {

	/**
	 * The field of every lexeme. A lexeme is there once, its frequency the sum of its
	 * positions' weights, in the proportions ts_rank gives the weights by default (A
	 * title 1.0, B summary 0.4, C body 0.2, D terms 0.1): one posting list per lexeme,
	 * where a field per weight made every word of a search a disjunction of four,
	 * advanced for every case a filter let through.
	 */
	static final String FIELD = "lexeme";

	/** A position's weight as a term frequency. */
	static int frequency(char weight) {
		return switch (weight) {
			case 'A' -> 10;
			case 'B' -> 4;
			case 'C' -> 2;
			default -> 1;
		};
	}

	private final String text;

	private int at;

	private IndexedQuery(String text) {
		this.text = text;
	}

	/**
	 * The index's query for a tsquery's text, or null when the index cannot answer it.
	 */
	static Query of(String tsquery) {
		if (tsquery == null || tsquery.isBlank()) {
			return null;
		}
		IndexedQuery parser = new IndexedQuery(tsquery);
		try {
			Node node = parser.or();
			parser.skipSpaces();
			return (parser.at == tsquery.length()) ? node.query() : null;
		}
		catch (Unsupported ex) {
			return null;
		}
	}

	// tsquery's precedence, loosest first: |, &, <->, !
	private Node or() {
		List<Node> nodes = new ArrayList<>(List.of(and()));
		while (next('|')) {
			nodes.add(and());
		}
		return (nodes.size() == 1) ? nodes.get(0) : new Or(nodes);
	}

	private Node and() {
		List<Node> nodes = new ArrayList<>(List.of(not()));
		while (next('&')) {
			nodes.add(not());
		}
		skipSpaces();
		if (this.at < this.text.length() && this.text.charAt(this.at) == '<') {
			throw new Unsupported(); // a phrase needs positions
		}
		return (nodes.size() == 1) ? nodes.get(0) : new And(nodes);
	}

	private Node not() {
		if (next('!')) {
			return new Not(not());
		}
		if (next('(')) {
			Node inner = or();
			if (!next(')')) {
				throw new Unsupported();
			}
			return inner;
		}
		return lexeme();
	}

	private Node lexeme() {
		skipSpaces();
		StringBuilder lexeme = new StringBuilder();
		int end = quoted(this.text, this.at, lexeme);
		if (end < 0) {
			throw new Unsupported();
		}
		this.at = end;
		if (this.at < this.text.length() && this.text.charAt(this.at) == ':') {
			throw new Unsupported(); // a prefix or a weight
		}
		return new Lexeme(lexeme.toString());
	}

	/**
	 * Reads a quoted lexeme of a tsquery's or a tsvector's text form, which doubles a
	 * quote and escapes with a backslash.
	 * @param at where the opening quote is
	 * @param lexeme where the lexeme is written
	 * @return where the text goes on after the closing quote; -1 without either quote
	 */
	static int quoted(String text, int at, StringBuilder lexeme) {
		int length = text.length();
		if (at >= length || text.charAt(at) != '\'') {
			return -1;
		}
		at++;
		while (at < length) {
			char c = text.charAt(at++);
			if (c == '\'') {
				if (at < length && text.charAt(at) == '\'') {
					lexeme.append('\'');
					at++;
				}
				else {
					return at;
				}
			}
			else if (c == '\\' && at < length) {
				lexeme.append(text.charAt(at++));
			}
			else {
				lexeme.append(c);
			}
		}
		return -1;
	}

	private boolean next(char c) {
		skipSpaces();
		if (this.at < this.text.length() && this.text.charAt(this.at) == c) {
			this.at++;
			return true;
		}
		return false;
	}

	private void skipSpaces() {
		while (this.at < this.text.length() && this.text.charAt(this.at) == ' ') {
			this.at++;
		}
	}

	private sealed interface Node permits Lexeme, Not, And, Or {

		Query query();

	}

	private record Lexeme(String lexeme) implements Node {

		@Override
		public Query query() {
			return new TermQuery(new Term(FIELD, this.lexeme));
		}

	}

	private record Not(Node negated) implements Node {

		@Override
		public Query query() {
			// every case but the negated ones, adding nothing to the score
			return new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER)
				.add(this.negated.query(), Occur.MUST_NOT)
				.build();
		}

	}

	private record And(List<Node> nodes) implements Node {

		@Override
		public Query query() {
			BooleanQuery.Builder all = new BooleanQuery.Builder();
			boolean positive = false;
			for (Node node : this.nodes) {
				if (node instanceof Not not) {
					all.add(not.negated().query(), Occur.MUST_NOT);
				}
				else {
					all.add(node.query(), Occur.MUST);
					positive = true;
				}
			}
			if (!positive) {
				all.add(new MatchAllDocsQuery(), Occur.FILTER);
			}
			return all.build();
		}

	}

	private record Or(List<Node> nodes) implements Node {

		@Override
		public Query query() {
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			this.nodes.forEach((node) -> any.add(node.query(), Occur.SHOULD));
			return any.build();
		}

	}

	private static final class Unsupported extends RuntimeException {

		Unsupported() {
			super(null, null, false, false);
		}

	}

}
