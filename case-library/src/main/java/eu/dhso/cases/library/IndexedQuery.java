package eu.dhso.cases.library;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
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

	/** The fields of the lexemes of each weight (title, summary, body, terms). */
	static final String[] WEIGHTS = { "A", "B", "C", "D" };

	/** The weights ts_rank gives them by default. */
	private static final float[] BOOSTS = { 1.0f, 0.4f, 0.2f, 0.1f };

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
		if (this.at >= this.text.length() || this.text.charAt(this.at) != '\'') {
			throw new Unsupported();
		}
		this.at++;
		StringBuilder lexeme = new StringBuilder();
		while (true) {
			if (this.at >= this.text.length()) {
				throw new Unsupported();
			}
			char c = this.text.charAt(this.at++);
			if (c == '\'') {
				if (this.at < this.text.length() && this.text.charAt(this.at) == '\'') {
					lexeme.append('\'');
					this.at++;
				}
				else {
					break;
				}
			}
			else if (c == '\\' && this.at < this.text.length()) {
				lexeme.append(this.text.charAt(this.at++));
			}
			else {
				lexeme.append(c);
			}
		}
		if (this.at < this.text.length() && this.text.charAt(this.at) == ':') {
			throw new Unsupported(); // a prefix or a weight
		}
		return new Lexeme(lexeme.toString());
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
			BooleanQuery.Builder any = new BooleanQuery.Builder();
			for (int i = 0; i < WEIGHTS.length; i++) {
				any.add(new BoostQuery(new TermQuery(new Term(WEIGHTS[i], this.lexeme)), BOOSTS[i]), Occur.SHOULD);
			}
			return any.build();
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
