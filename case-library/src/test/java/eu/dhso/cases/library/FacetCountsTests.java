package eu.dhso.cases.library;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FacetCountsTests {

	/**
	 * Codes of one and of several bytes, repeated, one no name is known for yet, and a
	 * case whose codes are longer than the width the others are padded to.
	 */
	@Test
	void everyCodeOfEveryMatchIsCountedOnce() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(null))) {
			add(writer, 1, 5, 127, 128, 300, 16_384, 5);
			add(writer);
			add(writer, 127, 2_000_000, 300);
			Integer[] many = new Integer[LibraryIndex.FacetCounts.WIDTH];
			Arrays.fill(many, 200);
			add(writer, many);
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				LibraryIndex.FacetCounts counts = new LibraryIndex.FacetCounts(20_000);
				new IndexSearcher(reader).search(new MatchAllDocsQuery(), counts);
				long[] expected = new long[20_000];
				expected[1] = 1;
				expected[5] = 2;
				expected[127] = 2;
				expected[128] = 1;
				expected[200] = LibraryIndex.FacetCounts.WIDTH;
				expected[300] = 2;
				expected[16_384] = 1;
				assertThat(counts.counts()).isEqualTo(expected);
			}
		}
	}

	/**
	 * A search matching most of a segment's cases counts the others and takes them from
	 * the segment's counts of all its cases: deleted cases count in neither, and a
	 * segment whose deletions change is counted again.
	 */
	@Test
	void mostCasesMatchedAreCountedAsAllButTheOthers() throws IOException {
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(null))) {
			// case n has codes 1, 2 + n % 3 and 10 + n; cases 0 to 7 have the word
			for (int n = 0; n < 10; n++) {
				Document document = new Document();
				document.add(new StringField("id", Integer.toString(n), Field.Store.NO));
				document.add(new StringField("word", (n < 8) ? "yes" : "no", Field.Store.NO));
				document.add(new BinaryDocValuesField("facets",
						new BytesRef(LibraryIndex.FacetCounts.encode(new Integer[] { 1, 2 + n % 3, 10 + n }))));
				writer.addDocument(document);
			}
			writer.commit();
			LibraryIndex.AllCounts all = new LibraryIndex.AllCounts();
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				assertThat(counts(reader, all, "yes")).isEqualTo(expected(0, 1, 2, 3, 4, 5, 6, 7));
				assertThat(all.size()).as("the segment's counts of all its cases, kept").isEqualTo(1);
				assertThat(counts(reader, all, "no")).as("few matched: counted themselves").isEqualTo(expected(8, 9));
			}
			writer.deleteDocuments(new Term("id", "3"), new Term("id", "9"));
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				assertThat(counts(reader, all, "yes")).isEqualTo(expected(0, 1, 2, 4, 5, 6, 7));
				assertThat(counts(reader, all, "no")).isEqualTo(expected(8));
			}
			// the writer keeps the segment's newest reader open
			assertThat(all.size()).as("the counts from before the deletions are gone").isEqualTo(1);
		}
	}

	private static long[] counts(DirectoryReader reader, LibraryIndex.AllCounts all, String word) throws IOException {
		LibraryIndex.FacetCounts counts = new LibraryIndex.FacetCounts(30, all);
		new IndexSearcher(reader).search(new TermQuery(new Term("word", word)), counts);
		return counts.counts();
	}

	private static long[] expected(int... cases) {
		long[] expected = new long[30];
		for (int n : cases) {
			expected[1]++;
			expected[2 + n % 3]++;
			expected[10 + n]++;
		}
		return expected;
	}

	/** Codes start at 1: the zeros a case's codes are padded with count for none. */
	@Test
	void casesOfFewCodesAreOfOneLength() {
		assertThat(LibraryIndex.FacetCounts.encode(new Integer[] { 1, 300 })).hasSize(LibraryIndex.FacetCounts.WIDTH)
			.startsWith((byte) 1, (byte) 0xAC, (byte) 0x02, (byte) 0);
		assertThat(LibraryIndex.FacetCounts.encode(new Integer[0])).hasSize(LibraryIndex.FacetCounts.WIDTH)
			.containsOnly((byte) 0);
	}

	private static void add(IndexWriter writer, Integer... codes) throws IOException {
		Document document = new Document();
		document.add(new BinaryDocValuesField("facets", new BytesRef(LibraryIndex.FacetCounts.encode(codes))));
		writer.addDocument(document);
	}

}
