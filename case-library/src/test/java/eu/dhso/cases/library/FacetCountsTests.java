package eu.dhso.cases.library;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
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
