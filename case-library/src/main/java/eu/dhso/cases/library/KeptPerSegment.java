package eu.dhso.cases.library;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.IOFunction;
import org.jspecify.annotations.Nullable;

/**
 * A value made once per segment and kept while the segment is open, by its core: every
 * reader of the segment shares it, whatever its deletions. A segment without a core to
 * key it by has its value made each time; a null value is not kept.
 */
final class KeptPerSegment<V> {

	private final Map<Object, V> bySegment = new ConcurrentHashMap<>();

	private final IOFunction<LeafReader, @Nullable V> make;

	KeptPerSegment(IOFunction<LeafReader, @Nullable V> make) {
		this.make = make;
	}

	@Nullable V get(LeafReader leaf) throws IOException {
		IndexReader.CacheHelper helper = leaf.getCoreCacheHelper();
		if (helper == null) {
			return this.make.apply(leaf);
		}
		V known = this.bySegment.get(helper.getKey());
		if (known != null) {
			return known;
		}
		V made = this.make.apply(leaf);
		if (made != null && this.bySegment.putIfAbsent(helper.getKey(), made) == null) {
			helper.addClosedListener(this.bySegment::remove);
		}
		return made;
	}

	/** How many segments' values are kept; for tests. */
	int size() {
		return this.bySegment.size();
	}

	/** Whether a segment's value is kept, by its core's key; for tests. */
	boolean kept(Object segment) {
		return this.bySegment.containsKey(segment);
	}

}
