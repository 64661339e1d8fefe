package eu.dhso.cases.library;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;

/**
 * The index as it is searched: each segment's norms of one field read from the heap. A
 * norm is read for every match a search scores, and read from the mapped file, a byte at
 * a time through the buffer's checks, that was an eighth of a new search's time at a
 * million cases. A byte a case; a segment's norms are read once and go with it.
 */
final class NormsInHeap {

	private final String field;

	private final KeptPerSegment<Norms> bySegment;

	NormsInHeap(String field) {
		this.field = field;
		this.bySegment = new KeptPerSegment<>((leaf) -> Norms.read(leaf.getNormValues(field), leaf.maxDoc()));
	}

	/**
	 * The reader with the field's norms read from the heap. It shares the reader's
	 * segments, caches and reference count: only the reader is closed.
	 */
	DirectoryReader wrap(DirectoryReader reader) throws IOException {
		return new Searched(reader, this);
	}

	/** How many segments' norms are kept; for tests. */
	int segments() {
		return this.bySegment.size();
	}

	private Norms of(LeafReader leaf) throws IOException {
		return this.bySegment.get(leaf);
	}

	/**
	 * A segment's norms: the value of each case, 0 for a case without the field. Lucene
	 * never writes a norm of 0 for a field with terms, so the value alone tells whether a
	 * case has one: a set of the cases that do was read as well for every match scored, a
	 * second miss of the processor's cache.
	 */
	private record Norms(byte[] values, int count) {

		/**
		 * The norms as bytes; null without norms, or with one that is not a byte or 0.
		 */
		static Norms read(NumericDocValues norms, int maxDoc) throws IOException {
			if (norms == null) {
				return null;
			}
			byte[] values = new byte[maxDoc];
			int count = 0;
			for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
				long value = norms.longValue();
				if (value != (byte) value || value == 0) {
					return null;
				}
				values[doc] = (byte) value;
				count++;
			}
			return new Norms(values, count);
		}

	}

	private static final class Searched extends FilterDirectoryReader {

		private final NormsInHeap norms;

		Searched(DirectoryReader in, NormsInHeap norms) throws IOException {
			super(in, new SubReaderWrapper() {
				@Override
				public LeafReader wrap(LeafReader reader) {
					try {
						Norms read = norms.of(reader);
						return (read != null) ? new Leaf(reader, norms.field, read) : reader;
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			});
			this.norms = norms;
		}

		@Override
		protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
			return new Searched(in, this.norms);
		}

		@Override
		public CacheHelper getReaderCacheHelper() {
			return this.in.getReaderCacheHelper();
		}

	}

	/** A segment whose norms of the field are read from the heap; the same otherwise. */
	private static final class Leaf extends FilterLeafReader {

		private final String field;

		private final Norms norms;

		Leaf(LeafReader in, String field, Norms norms) {
			super(in);
			this.field = field;
			this.norms = norms;
		}

		@Override
		public NumericDocValues getNormValues(String field) throws IOException {
			return this.field.equals(field) ? new Values(this.norms) : super.getNormValues(field);
		}

		// the same cases, values and deletions: the caches of the segment serve it
		@Override
		public CacheHelper getCoreCacheHelper() {
			return this.in.getCoreCacheHelper();
		}

		@Override
		public CacheHelper getReaderCacheHelper() {
			return this.in.getReaderCacheHelper();
		}

	}

	private static final class Values extends NumericDocValues {

		private final Norms norms;

		private int doc = -1;

		Values(Norms norms) {
			this.norms = norms;
		}

		@Override
		public boolean advanceExact(int target) {
			this.doc = target;
			return this.norms.values()[target] != 0;
		}

		@Override
		public long longValue() {
			return this.norms.values()[this.doc];
		}

		@Override
		public int docID() {
			return this.doc;
		}

		@Override
		public int nextDoc() {
			return advance(this.doc + 1);
		}

		@Override
		public int advance(int target) {
			byte[] values = this.norms.values();
			int doc = target;
			while (doc < values.length && values[doc] == 0) {
				doc++;
			}
			this.doc = (doc < values.length) ? doc : NO_MORE_DOCS;
			return this.doc;
		}

		@Override
		public long cost() {
			return this.norms.count();
		}

	}

}
