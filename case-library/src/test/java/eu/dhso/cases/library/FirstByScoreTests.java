package eu.dhso.cases.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relevance order's first matches, ranked per segment and merged, are those a
 * {@code TopFieldCollector} sorting by score, publication time and case finds, however
 * the scores and times tie, in an index sorted by country first; and unscored, those of
 * the newest order.
 */
class FirstByScoreTests {

	private static final Sort RELEVANCE = new Sort(SortField.FIELD_SCORE, LibraryIndex.NEWEST,
			LibraryIndex.LATEST_CASE);

	private static final Sort NEWEST = new Sort(LibraryIndex.NEWEST, LibraryIndex.LATEST_CASE);

	private static final String[] WORDS = { "nurse", "record", "pilot", "data" };

	/** A writer of an index sorted as the library's, whose segments are never merged. */
	static IndexWriter segmented(Directory directory) throws IOException {
		return new IndexWriter(directory, new IndexWriterConfig(null).setIndexSort(LibraryIndex.INDEX_ORDER)
			.setMergePolicy(NoMergePolicy.INSTANCE));
	}

	@Test
	void theFirstMatchesAreThoseTheSortedCollectorFinds() throws IOException {
		ExecutorService executor = Executors.newFixedThreadPool(2);
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory(); IndexWriter writer = segmented(directory)) {
			Random random = new Random(20261205L);
			long id = 0;
			// several segments, each with cases of a few countries published at few
			// distinct times and words of few weights, so scores and times tie often, and
			// within one segment as across them
			for (int segment = 0; segment < 6; segment++) {
				for (int i = 0; i < 400; i++) {
					id++;
					Document document = new Document();
					document.add(new StringField("id", Long.toString(id), Field.Store.NO));
					document.add(new NumericDocValuesField("case", id));
					document.add(new NumericDocValuesField("published", random.nextInt(12)));
					// the index's first order: a tie on the score is not decided by it
					document.add(new NumericDocValuesField("country", random.nextInt(4)));
					StringBuilder vector = new StringBuilder();
					for (String word : WORDS) {
						if (random.nextInt(3) > 0) {
							vector.append('\'').append(word).append("':").append(1 + random.nextInt(3));
							vector.append((random.nextBoolean()) ? "A " : " ");
						}
					}
					LibraryIndex.addLexemes(vector.toString(), document);
					writer.addDocument(document);
				}
				writer.commit();
			}
			// deleted cases are neither ranked by the one nor by the other
			for (long deleted = 3; deleted <= id; deleted += 17) {
				writer.deleteDocuments(new Term("id", Long.toString(deleted)));
			}
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				assertThat(reader.leaves()).hasSizeGreaterThan(1);
				List<Query> queries = new ArrayList<>();
				queries.add(new TermQuery(new Term(IndexedQuery.FIELD, "nurse")));
				queries.add(new BooleanQuery.Builder()
					.add(new TermQuery(new Term(IndexedQuery.FIELD, "record")), Occur.SHOULD)
					.add(new TermQuery(new Term(IndexedQuery.FIELD, "pilot")), Occur.SHOULD)
					.build());
				queries
					.add(new BooleanQuery.Builder().add(new TermQuery(new Term(IndexedQuery.FIELD, "data")), Occur.MUST)
						.add(new TermQuery(new Term(IndexedQuery.FIELD, "nurse")), Occur.MUST)
						.build());
				// no text: every match scores the same, and the times and cases decide
				queries.add(new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.FILTER).build());
				for (IndexSearcher searcher : List.of(new IndexSearcher(reader), new IndexSearcher(reader, executor) {
					@Override
					protected LeafSlice[] slices(List<org.apache.lucene.index.LeafReaderContext> leaves) {
						// a slice of several segments, as a large index has
						return slices(leaves, 2, 1);
					}
				})) {
					for (Query query : queries) {
						for (int limit : new int[] { 1, 7, 100, 1_000, 5_000 }) {
							long[] ranked = searcher.search(query, new LibraryIndex.Ranking(limit));
							TopFieldDocs sorted = searcher.search(query,
									new TopFieldCollectorManager(RELEVANCE, limit, null, Integer.MAX_VALUE, true));
							long[] expected = Arrays.stream(sorted.scoreDocs)
								.mapToLong((doc) -> (Long) ((FieldDoc) doc).fields[2])
								.toArray();
							assertThat(ranked).as("%s, first %d", query, limit).containsExactly(expected);
							long[] newest = searcher.search(query, new LibraryIndex.Ranking(limit, false));
							TopFieldDocs byTime = searcher.search(query,
									new TopFieldCollectorManager(NEWEST, limit, null, Integer.MAX_VALUE, true));
							assertThat(newest).as("%s, first %d newest", query, limit)
								.containsExactly(Arrays.stream(byTime.scoreDocs)
									.mapToLong((doc) -> (Long) ((FieldDoc) doc).fields[1])
									.toArray());
						}
					}
				}
			}
		}
		finally {
			executor.shutdown();
		}
	}

}
