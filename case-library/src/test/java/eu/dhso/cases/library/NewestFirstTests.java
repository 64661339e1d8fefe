package eu.dhso.cases.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A segment sorted by country first ranks its cases newest first, then latest case first,
 * across the countries; its ranks are kept while it is open.
 */
class NewestFirstTests {

	@Test
	void casesAreRankedNewestFirstAcrossCountriesWhileTheSegmentIsOpen() throws IOException {
		List<Object> segments = new ArrayList<>();
		try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
				IndexWriter writer = FirstByScoreTests.segmented(directory)) {
			Random random = new Random(20261206L);
			long id = 0;
			for (int segment = 0; segment < 3; segment++) {
				for (int i = 0; i < 500; i++) {
					Document document = new Document();
					document.add(new NumericDocValuesField("case", ++id));
					document.add(new NumericDocValuesField("published", random.nextInt(40)));
					document.add(new NumericDocValuesField("country", random.nextInt(5)));
					writer.addDocument(document);
				}
				writer.commit();
			}
			try (DirectoryReader reader = DirectoryReader.open(writer)) {
				assertThat(reader.leaves()).hasSize(3);
				for (LeafReaderContext context : reader.leaves()) {
					LeafReader leaf = context.reader();
					int[] ranks = NewestFirst.ranks(leaf);
					segments.add(leaf.getCoreCacheHelper().getKey());
					assertThat(NewestFirst.ranks(leaf)).isSameAs(ranks);
					long[][] byRank = new long[leaf.maxDoc()][];
					NumericDocValues published = leaf.getNumericDocValues("published");
					NumericDocValues cases = leaf.getNumericDocValues("case");
					for (int doc = 0; doc < leaf.maxDoc(); doc++) {
						assertThat(published.advanceExact(doc) && cases.advanceExact(doc)).isTrue();
						assertThat(byRank[ranks[doc]]).as("rank %d given once", ranks[doc]).isNull();
						byRank[ranks[doc]] = new long[] { published.longValue(), cases.longValue() };
					}
					for (int rank = 1; rank < byRank.length; rank++) {
						long[] newer = byRank[rank - 1];
						long[] older = byRank[rank];
						assertThat(newer[0] > older[0] || (newer[0] == older[0] && newer[1] > older[1]))
							.as("rank %d before rank %d", rank - 1, rank)
							.isTrue();
					}
				}
				assertThat(segments).allMatch(NewestFirst::kept);
			}
		}
		assertThat(segments).noneMatch(NewestFirst::kept);
	}

}
