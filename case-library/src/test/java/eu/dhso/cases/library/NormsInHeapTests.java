package eu.dhso.cases.library;

import java.io.IOException;
import java.util.List;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index searched with its norms read from the heap scores every case as the index
 * itself does, and shares its segments' caches.
 */
class NormsInHeapTests {

	private static final String[] WORDS = { "nurse", "record", "pilot", "data", "team", "rural" };

	@Test
	void searchesScoreAsTheIndexItselfAndShareItsCaches() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory,
						new IndexWriterConfig(null).setMergePolicy(NoMergePolicy.INSTANCE))) {
			Random random = new Random(20261205L);
			int id = 0;
			for (int segment = 0; segment < 4; segment++) {
				for (int i = 0; i < 300; i++) {
					Document document = new Document();
					document.add(new StringField("id", Integer.toString(++id), Field.Store.NO));
					// texts of very different lengths, and some without any word
					StringBuilder vector = new StringBuilder();
					int words = random.nextInt(4) * random.nextInt(60);
					for (int w = 0; w < words; w++) {
						vector.append('\'').append(WORDS[random.nextInt(WORDS.length)]).append(w).append("':1 ");
					}
					for (String word : WORDS) {
						if (random.nextInt(3) == 0) {
							vector.append('\'').append(word).append("':").append(1 + random.nextInt(3)).append("B ");
						}
					}
					LibraryIndex.addLexemes(vector.toString(), document);
					writer.addDocument(document);
				}
				writer.commit();
			}
			for (int deleted = 5; deleted <= id; deleted += 13) {
				writer.deleteDocuments(new Term("id", Integer.toString(deleted)));
			}
			writer.commit();
			NormsInHeap norms = new NormsInHeap(IndexedQuery.FIELD);
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				DirectoryReader searched = norms.wrap(reader);
				assertThat(norms.segments()).isEqualTo(reader.leaves().size()).isGreaterThan(1);
				for (int i = 0; i < reader.leaves().size(); i++) {
					LeafReaderContext leaf = reader.leaves().get(i);
					LeafReaderContext wrapped = searched.leaves().get(i);
					assertThat(wrapped.reader().getCoreCacheHelper().getKey())
						.isSameAs(leaf.reader().getCoreCacheHelper().getKey());
					Long[] expected = values(leaf.reader().getNormValues(IndexedQuery.FIELD), leaf.reader().maxDoc());
					assertThat(values(wrapped.reader().getNormValues(IndexedQuery.FIELD), leaf.reader().maxDoc()))
						.containsExactly(expected);
					assertThat(expected).containsNull();
					NumericDocValues exact = wrapped.reader().getNormValues(IndexedQuery.FIELD);
					for (int doc = 0; doc < expected.length; doc++) {
						assertThat(exact.advanceExact(doc)).as("doc %d has a norm", doc)
							.isEqualTo(expected[doc] != null);
						if (expected[doc] != null) {
							assertThat(exact.longValue()).isEqualTo(expected[doc]);
						}
					}
				}
				List<Query> queries = List.of(new TermQuery(new Term(IndexedQuery.FIELD, "nurse")),
						new BooleanQuery.Builder()
							.add(new TermQuery(new Term(IndexedQuery.FIELD, "data")), Occur.SHOULD)
							.add(new TermQuery(new Term(IndexedQuery.FIELD, "rural")), Occur.SHOULD)
							.build(),
						new BooleanQuery.Builder().add(new TermQuery(new Term(IndexedQuery.FIELD, "team")), Occur.MUST)
							.add(new TermQuery(new Term(IndexedQuery.FIELD, "pilot")), Occur.FILTER)
							.build());
				for (Query query : queries) {
					TopDocs expected = new IndexSearcher(reader).search(query, id);
					TopDocs found = new IndexSearcher(searched).search(query, id);
					assertThat(found.totalHits.value).as("%s", query).isEqualTo(expected.totalHits.value).isPositive();
					for (int i = 0; i < expected.scoreDocs.length; i++) {
						ScoreDoc doc = found.scoreDocs[i];
						assertThat(doc.doc).as("%s, hit %d", query, i).isEqualTo(expected.scoreDocs[i].doc);
						assertThat(doc.score).as("%s, hit %d", query, i).isEqualTo(expected.scoreDocs[i].score);
					}
				}
			}
		}
	}

	/** Each case's norm, or null for a case without one. */
	private static Long[] values(NumericDocValues norms, int maxDoc) throws IOException {
		Long[] values = new Long[maxDoc];
		for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
			values[doc] = norms.longValue();
		}
		return values;
	}

}
