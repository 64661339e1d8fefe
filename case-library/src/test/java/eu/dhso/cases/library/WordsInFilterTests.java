package eu.dhso.cases.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A word, or any of a few, within facet filters, read word by word in the order of the
 * cases, ranks the same first ids in the same order, and counts the same facets, as
 * Lucene's search of the same query, however the scores tie, with deleted cases, in
 * several segments, with norms read from the file or from the heap.
 */
class WordsInFilterTests {

	private static final String[] WORDS = { "nurse", "record", "pilot", "data", "rare" };

	private static final String[] TECHNOLOGIES = { "EHR", "TELEHEALTH", "ROBOTICS" };

	private static final String[] COUNTRIES = { "IT", "ES", "GR", "MT" };

	/** Facet codes: 0 none, 1 the total, then each technology, then each country. */
	private static final int CODES = 1 + TECHNOLOGIES.length + COUNTRIES.length;

	@Test
	void aWordWithinFiltersIsRankedAndCountedAsLuceneDoes() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = FirstByScoreTests.segmented(directory)) {
			Random random = new Random(20261206L);
			long id = 0;
			for (int segment = 0; segment < 4; segment++) {
				for (int i = 0; i < 700; i++) {
					writer.addDocument(document(++id, random));
				}
				writer.commit();
			}
			for (long deleted = 5; deleted <= id; deleted += 13) {
				writer.deleteDocuments(new Term("id", Long.toString(deleted)));
			}
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(1);
				DirectoryReader inHeap = new NormsInHeap(IndexedQuery.FIELD).wrap(reader);
				for (DirectoryReader searched : List.of(reader, inHeap)) {
					IndexSearcher searcher = new IndexSearcher(searched);
					searcher.setQueryCache(
							new LRUQueryCache(100, 8 * 1024 * 1024, (leaf) -> true, Float.POSITIVE_INFINITY));
					searcher.setQueryCachingPolicy(ALWAYS);
					int compared = 0;
					for (Query text : texts()) {
						for (Query filter : filters()) {
							List<Term> words = WordsInFilter.words(text);
							assertThat(words).as("the words of %s", text).isNotNull();
							FixedBitSet[] filtered = WordsInFilter.filtered(searcher, filter);
							assertThat(filtered).as("%s kept as a bit set", filter).isNotNull();
							for (int limit : new int[] { 1, 10, 100, 5_000 }) {
								Query query = new BooleanQuery.Builder().add(text, Occur.MUST)
									.add(filter, Occur.FILTER)
									.build();
								Object[] lucene = searcher.search(query, new MultiCollectorManager(
										new LibraryIndex.Ranking(limit), new LibraryIndex.Counting(CODES, null)));
								// every word advanced, every word read in order, each as
								// it is cheaper
								for (long casesPerAdvance : new long[] { 0, Integer.MAX_VALUE,
										WordsInFilter.CASES_PER_ADVANCE }) {
									long[] counts = new long[CODES];
									long[] ids = WordsInFilter.rankAndCount(searcher, words, filtered, limit, counts,
											casesPerAdvance);
									assertThat(ids).as("%s, first %d, %d", query, limit, casesPerAdvance)
										.containsExactly((long[]) lucene[0]);
									assertThat(counts).as("facets of %s, %d", query, casesPerAdvance)
										.containsExactly((long[]) lucene[1]);
									compared++;
								}
							}
						}
					}
					assertThat(compared).isEqualTo(texts().size() * filters().size() * 4 * 3);
				}
			}
		}
	}

	@Test
	void onlyOneWordOrAnyOfSeveralIsReadWordByWord() {
		TermQuery nurse = word("nurse");
		TermQuery data = word("data");
		assertThat(WordsInFilter.words(nurse)).containsExactly(nurse.getTerm());
		assertThat(WordsInFilter.words(any(nurse, data))).containsExactly(nurse.getTerm(), data.getTerm());
		assertThat(WordsInFilter.words(new BooleanQuery.Builder().add(nurse, Occur.MUST).add(data, Occur.MUST).build()))
			.isNull();
		assertThat(WordsInFilter
			.words(new BooleanQuery.Builder().add(nurse, Occur.SHOULD).add(data, Occur.MUST_NOT).build())).isNull();
		// Lucene scores a word twice as one with a boost
		assertThat(WordsInFilter.words(any(nurse, word("nurse")))).isNull();
		assertThat(WordsInFilter.words(any(nurse, any(data, word("pilot"))))).isNull();
	}

	private static final QueryCachingPolicy ALWAYS = new QueryCachingPolicy() {

		@Override
		public void onUse(Query query) {
		}

		@Override
		public boolean shouldCache(Query query) {
			return true;
		}

	};

	private static List<Query> texts() {
		return List.of(word("nurse"), word("rare"), any(word("record"), word("pilot")),
				any(word("data"), word("nurse"), word("rare"), word("absent")));
	}

	private static List<Query> filters() {
		List<Query> filters = new ArrayList<>();
		filters.add(value("technology=EHR"));
		filters.add(value("country=IT"));
		filters.add(new BooleanQuery.Builder().add(value("technology=TELEHEALTH"), Occur.FILTER)
			.add(value("country=ES"), Occur.FILTER)
			.build());
		return filters;
	}

	/**
	 * A case published at one of few times, with words of few weights, so scores and
	 * times tie often; a technology or two and a country, most often the first ones.
	 */
	private static Document document(long id, Random random) {
		Document document = new Document();
		document.add(new StringField("id", Long.toString(id), Field.Store.NO));
		document.add(new NumericDocValuesField("case", id));
		document.add(new NumericDocValuesField("published", random.nextInt(10)));
		List<Integer> codes = new ArrayList<>(List.of(1));
		int technology = Math.min(random.nextInt(4), TECHNOLOGIES.length - 1);
		codes.add(2 + technology);
		document.add(new StringField("value", "technology=" + TECHNOLOGIES[technology], Field.Store.NO));
		if (random.nextInt(4) == 0 && technology != 0) {
			codes.add(2);
			document.add(new StringField("value", "technology=" + TECHNOLOGIES[0], Field.Store.NO));
		}
		int country = Math.min(random.nextInt(5), COUNTRIES.length - 1);
		codes.add(2 + TECHNOLOGIES.length + country);
		document.add(new NumericDocValuesField("country", 2 + TECHNOLOGIES.length + country));
		document.add(new StringField("value", "country=" + COUNTRIES[country], Field.Store.NO));
		document.add(new BinaryDocValuesField("facets",
				new BytesRef(LibraryIndex.FacetCounts.encode(codes.toArray(Integer[]::new)))));
		StringBuilder vector = new StringBuilder();
		for (String word : WORDS) {
			int odds = word.equals("rare") ? 40 : 3;
			if (random.nextInt(odds) == 0 || (!word.equals("rare") && random.nextBoolean())) {
				vector.append('\'').append(word).append("':").append(1 + random.nextInt(3));
				vector.append(random.nextBoolean() ? "A " : " ");
			}
		}
		// some cases have no words at all, so no norm
		if (vector.length() > 0) {
			LibraryIndex.addLexemes(vector.toString(), document);
		}
		return document;
	}

	private static TermQuery word(String lexeme) {
		return new TermQuery(new Term(IndexedQuery.FIELD, lexeme));
	}

	private static TermQuery value(String value) {
		return new TermQuery(new Term("value", value));
	}

	private static Query any(Query... clauses) {
		BooleanQuery.Builder any = new BooleanQuery.Builder();
		for (Query clause : clauses) {
			any.add(clause, Occur.SHOULD);
		}
		return any.build();
	}

}
