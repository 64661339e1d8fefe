package eu.dhso.cases.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermState;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafSimScorer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;

/**
 * A search by relevance for one word, or any of a few, within facet filters, answered
 * word by word: the same matches, scores, first ids and facet counts as Lucene's search
 * of the same query ({@link LibraryIndex.FirstByScore},
 * {@link LibraryIndex.FacetCounts}).
 * <p>
 * Lucene walks such a search case by case: for each case the filters let through, it
 * advances every word's cases to it (a skip, a search in a block, often a block decoded)
 * through a queue of the words, and a text such as "patient" stands for five words (its
 * forms and the competences named by it). Here a word in not many more cases than the
 * filters let through is read in order (each block decoded once, a case costs a look-up
 * in the filters' bit set); a word in many more is advanced to the filters' cases, as
 * Lucene does, but alone; then each segment's matches of all words are merged, scored,
 * ranked and counted.
 */
final class WordsInFilter {

	/**
	 * How many of a word's cases read in order cost what advancing the word to one case
	 * of the filters does. Timed on a million synthetic cases (filters letting 0.3 %, 3 %
	 * and 10 % of them through; one word or any of three, each in 0.2 % to 90 % of the
	 * cases; the three ways finding the same ids and counts): reading and advancing were
	 * even at 6 to 10 of the word's cases per filtered case. Below that, reading took 0.3
	 * to 0.9 of Lucene's time; above it, advancing took about 0.8.
	 */
	static final int CASES_PER_ADVANCE = 8;

	private WordsInFilter() {
	}

	/**
	 * The words of a text that is one word or any of several, each once; null for any
	 * other text (and, not, or a word twice, which Lucene scores as one with a boost).
	 */
	static @Nullable List<Term> words(Query text) {
		if (text instanceof TermQuery term) {
			return List.of(term.getTerm());
		}
		if (!(text instanceof BooleanQuery any) || any.getMinimumNumberShouldMatch() != 0 || any.clauses().isEmpty()) {
			return null;
		}
		List<Term> words = new ArrayList<>();
		Set<Term> distinct = new HashSet<>();
		for (BooleanClause clause : any.clauses()) {
			if (clause.getOccur() != Occur.SHOULD || !(clause.getQuery() instanceof TermQuery term)
					|| !distinct.add(term.getTerm())) {
				return null;
			}
			words.add(term.getTerm());
		}
		return words;
	}

	/**
	 * The filters' cases as a bit set per segment, from the filter cache where it keeps
	 * them so (null for a segment without any); null when a segment's are not kept as a
	 * bit set: few cases, which Lucene's way finds cheaply.
	 */
	static @Nullable FixedBitSet @Nullable [] filtered(IndexSearcher searcher, Query filter) throws IOException {
		Weight weight = searcher.createWeight(searcher.rewrite(filter), ScoreMode.COMPLETE_NO_SCORES, 1f);
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		FixedBitSet[] sets = new FixedBitSet[leaves.size()];
		for (LeafReaderContext leaf : leaves) {
			Scorer scorer = weight.scorer(leaf);
			if (scorer == null) {
				continue;
			}
			FixedBitSet set = BitSetIterator.getFixedBitSetOrNull(scorer.iterator());
			if (set == null) {
				return null;
			}
			sets[leaf.ord] = set;
		}
		return sets;
	}

	/**
	 * Ranks the matches by relevance and counts their facet codes.
	 * @param counts the count of each facet code, added to
	 * @return the ids of the first matches in the relevance order, at most {@code limit}
	 */
	static long[] rankAndCount(IndexSearcher searcher, List<Term> words, @Nullable FixedBitSet[] filtered, int limit,
			long[] counts) throws IOException {
		return rankAndCount(searcher, words, filtered, limit, counts, CASES_PER_ADVANCE);
	}

	/**
	 * @param casesPerAdvance a word with at most this many cases per case the filters let
	 * through is read in order, one with more is advanced to those cases
	 */
	static long[] rankAndCount(IndexSearcher searcher, List<Term> words, @Nullable FixedBitSet[] filtered, int limit,
			long[] counts, long casesPerAdvance) throws IOException {
		String field = words.get(0).field();
		Similarity similarity = searcher.getSimilarity();
		CollectionStatistics collection = searcher.collectionStatistics(field);
		// as a TermQuery weighs its word, boosted by 1 as a clause of the text, from the
		// statistics TermStates sums over the segments (here in this thread: TermStates
		// hands each segment to the searcher's executor)
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		List<Term> found = new ArrayList<>();
		List<Similarity.SimScorer> scorers = new ArrayList<>();
		// where each word is in each segment, found once: the words are read from there
		List<TermState[]> states = new ArrayList<>();
		for (Term word : words) {
			int docFreq = 0;
			long totalTermFreq = 0;
			TermState[] at = new TermState[leaves.size()];
			for (LeafReaderContext context : leaves) {
				Terms terms = context.reader().terms(field);
				TermsEnum each = (terms != null) ? terms.iterator() : null;
				if (each != null && each.seekExact(word.bytes())) {
					docFreq += each.docFreq();
					totalTermFreq += each.totalTermFreq();
					at[context.ord] = each.termState();
				}
			}
			if (collection != null && docFreq > 0) {
				found.add(word);
				scorers.add(similarity.scorer(1f, collection, searcher.termStatistics(word, docFreq, totalTermFreq)));
				states.add(at);
			}
		}
		LibraryIndex.FirstByScore firsts = new LibraryIndex.FirstByScore(limit);
		if (found.isEmpty()) {
			return LibraryIndex.FirstByScore.merge(List.of(firsts), limit);
		}
		Matches matches = new Matches();
		for (LeafReaderContext context : leaves) {
			FixedBitSet through = filtered[context.ord];
			Terms terms = context.reader().terms(field);
			if (through == null || terms == null) {
				continue;
			}
			matches.clear(found.size());
			TermsEnum each = terms.iterator();
			Bits live = context.reader().getLiveDocs();
			long letThrough = -1;
			PostingsEnum postings = null;
			for (int w = 0; w < found.size(); w++) {
				TermState state = states.get(w)[context.ord];
				if (state == null) {
					continue;
				}
				each.seekExact(found.get(w).bytes(), state);
				postings = each.postings(postings, PostingsEnum.FREQS);
				LeafSimScorer scorer = new LeafSimScorer(scorers.get(w), context.reader(), field, true);
				if (letThrough < 0) {
					letThrough = through.cardinality();
				}
				if (each.docFreq() <= casesPerAdvance * letThrough) {
					read(postings, through, live, scorer, matches, w);
				}
				else {
					advance(postings, through, live, scorer, matches, w);
				}
			}
			rankAndCount(context.reader(), matches, firsts, counts);
		}
		return LibraryIndex.FirstByScore.merge(List.of(firsts), limit);
	}

	/**
	 * Reads a word's cases in order from the filters' first case to their last, keeping
	 * those the filters let through: within a country, only its part of the segment.
	 */
	private static void read(PostingsEnum postings, FixedBitSet through, @Nullable Bits live, LeafSimScorer scorer,
			Matches matches, int word) throws IOException {
		int length = through.length();
		int first = (length > 0) ? through.nextSetBit(0) : DocIdSetIterator.NO_MORE_DOCS;
		if (first == DocIdSetIterator.NO_MORE_DOCS) {
			return;
		}
		int last = through.prevSetBit(length - 1);
		for (int doc = postings.advance(first); doc <= last; doc = postings.nextDoc()) {
			if (through.get(doc) && (live == null || live.get(doc))) {
				matches.add(word, doc, scorer.score(doc, postings.freq()));
			}
		}
	}

	/**
	 * Advances a word's cases to each case the filters let through, and the filters' to
	 * each of the word's: for a word in many more cases than the filters let through.
	 */
	private static void advance(PostingsEnum postings, FixedBitSet through, @Nullable Bits live, LeafSimScorer scorer,
			Matches matches, int word) throws IOException {
		int length = through.length();
		int doc = (length > 0) ? through.nextSetBit(0) : DocIdSetIterator.NO_MORE_DOCS;
		int at = -1;
		while (doc != DocIdSetIterator.NO_MORE_DOCS) {
			if (at < doc) {
				at = postings.advance(doc);
				if (at == DocIdSetIterator.NO_MORE_DOCS) {
					return;
				}
			}
			if (at == doc) {
				if (live == null || live.get(doc)) {
					matches.add(word, doc, scorer.score(doc, postings.freq()));
				}
				doc = (doc + 1 < length) ? through.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS;
			}
			else {
				doc = (at < length) ? through.nextSetBit(at) : DocIdSetIterator.NO_MORE_DOCS;
			}
		}
	}

	/**
	 * One segment's matches in the order of its cases: each scored as the sum of its
	 * words' scores (as Lucene sums a disjunction's, in a double), kept among the
	 * segment's first ones as {@link LibraryIndex.FirstByScore} keeps them, and counted.
	 */
	private static void rankAndCount(LeafReader leaf, Matches matches, LibraryIndex.FirstByScore firsts, long[] counts)
			throws IOException {
		LibraryIndex.FirstByScore.Segment segment = firsts.segment(leaf);
		BinaryDocValues codes = DocValues.getBinary(leaf, "facets");
		int words = matches.words;
		int[] at = new int[words];
		while (true) {
			int doc = DocIdSetIterator.NO_MORE_DOCS;
			for (int w = 0; w < words; w++) {
				if (at[w] < matches.sizes[w]) {
					doc = Math.min(doc, matches.docs[w][at[w]]);
				}
			}
			if (doc == DocIdSetIterator.NO_MORE_DOCS) {
				break;
			}
			double sum = 0;
			for (int w = 0; w < words; w++) {
				if (at[w] < matches.sizes[w] && matches.docs[w][at[w]] == doc) {
					sum += matches.scores[w][at[w]++];
				}
			}
			segment.offer(doc, (float) sum);
			if (codes.advanceExact(doc)) {
				LibraryIndex.FacetCounts.add(codes.binaryValue(), counts, 1);
			}
		}
		firsts.keep(segment);
	}

	/** Each word's matches in a segment, in the order of the cases, with their scores. */
	private static final class Matches {

		int words;

		int[][] docs = new int[0][];

		float[][] scores = new float[0][];

		int[] sizes = new int[0];

		void clear(int words) {
			this.words = words;
			if (this.docs.length < words) {
				this.docs = Arrays.copyOf(this.docs, words);
				this.scores = Arrays.copyOf(this.scores, words);
				for (int w = 0; w < words; w++) {
					if (this.docs[w] == null) {
						this.docs[w] = new int[64];
						this.scores[w] = new float[64];
					}
				}
			}
			this.sizes = new int[words];
		}

		void add(int word, int doc, float score) {
			int size = this.sizes[word];
			if (size == this.docs[word].length) {
				this.docs[word] = Arrays.copyOf(this.docs[word], size * 2);
				this.scores[word] = Arrays.copyOf(this.scores[word], size * 2);
			}
			this.docs[word][size] = doc;
			this.scores[word][size] = score;
			this.sizes[word] = size + 1;
		}

	}

}
