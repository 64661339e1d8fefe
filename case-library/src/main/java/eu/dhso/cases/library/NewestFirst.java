package eu.dhso.cases.library;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;

/**
 * Each segment's cases ranked newest first, then latest case first: the order of the
 * library when scores tie. The index is sorted by country first
 * ({@link LibraryIndex#INDEX_ORDER}), so a segment's order is this one only within a
 * country; a tie is decided by comparing two ranks, where reading the two cases'
 * publication times and numbers cost a third more CPU for a new search of a common word.
 * Four bytes a case; a segment's ranks are made once and go with it.
 */
final class NewestFirst {

	private static final KeptPerSegment<int[]> bySegment = new KeptPerSegment<>(NewestFirst::rank);

	private NewestFirst() {
	}

	/** The rank of each of the segment's cases, 0 for its newest. */
	static int[] ranks(LeafReader leaf) throws IOException {
		return bySegment.get(leaf);
	}

	/** Whether a segment's ranks are kept, by its core's key; for tests. */
	static boolean kept(Object segment) {
		return bySegment.kept(segment);
	}

	private static int[] rank(LeafReader leaf) throws IOException {
		int size = leaf.maxDoc();
		long[] published = values(DocValues.getNumeric(leaf, "published"), size);
		long[] cases = values(DocValues.getNumeric(leaf, "case"), size);
		Integer[] order = new Integer[size];
		Arrays.setAll(order, (doc) -> doc);
		// in runs already in order, one per country, which the sort merges
		Arrays.sort(order, (a, b) -> {
			int byTime = Long.compare(published[b], published[a]);
			return (byTime != 0) ? byTime : Long.compare(cases[b], cases[a]);
		});
		int[] ranks = new int[size];
		for (int rank = 0; rank < size; rank++) {
			ranks[order[rank]] = rank;
		}
		return ranks;
	}

	private static long[] values(NumericDocValues values, int size) throws IOException {
		long[] read = new long[size];
		for (int doc = values.nextDoc(); doc < size; doc = values.nextDoc()) {
			read[doc] = values.longValue();
		}
		return read;
	}

}
