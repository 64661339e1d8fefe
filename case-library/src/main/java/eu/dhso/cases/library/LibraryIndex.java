package eu.dhso.cases.library;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import eu.dhso.core.config.BoundedCache;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LRUQueryCache;
import org.apache.lucene.search.QueryCachingPolicy;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * This node's search index of the library's entries (Lucene, in a directory of its own),
 * which answers a new search with its facet counts and first ranked ids without reading
 * every matching row: a common word matches nearly every case, and matching, counting and
 * ranking them in the database costs time in proportion to the library.
 * <p>
 * The database stays the one source of truth. The index is used for a search only when it
 * holds the library's generation the search reads, so it never answers from an older
 * state than the rest of the page, on any node. A search that finds it behind by a few
 * changed cases brings it up to date itself, in its own transaction, from the change log
 * (migration V13); a larger change, or the first build of a large library, is done in the
 * background while the database answers. Anything it cannot answer (a phrase, the
 * unfiltered library, whose counts the database keeps) is left to the database as well,
 * and so is the title order, which is the database's collation: the index then only
 * counts.
 */
@Component
class LibraryIndex implements DisposableBean, BoundedCache {

	private static final Logger logger = LoggerFactory.getLogger(LibraryIndex.class);

	/** Changed cases a search indexes itself; more are indexed in the background. */
	static final int CAUGHT_UP_IN_SEARCH = 1_000;

	/**
	 * A library this small is indexed before the application serves its first request.
	 */
	static final int BUILT_BEFORE_SERVING = 10_000;

	/**
	 * The writer's buffer, which a build fills before it writes a segment: an eighth of
	 * the heap, 32 to 256 MB. Each segment costs every search a scorer, a cached filter
	 * and doc values of its own; with 256 MB a million cases are two segments where 32 MB
	 * wrote nine, but a fixed 256 MB would take more than half the heap of a 768 MB
	 * container while it also serves. The buffer is freed once written.
	 */
	private static final double BUILD_BUFFER_MB = Math.max(32,
			Math.min(256, Runtime.getRuntime().maxMemory() / 8 / (1024 * 1024)));

	/** Indexes from this size are warmed when built ({@link #warm}). */
	static final int WARMED_FROM = 10_000;

	private static final int WARMING_WORDS = 32;

	private static final int WARMING_SEARCHES = 400;

	private static final Duration WARMING_TIME = Duration.ofSeconds(5);

	private static final FieldType LEXEME = new FieldType();

	static {
		// the lexemes of a search vector, each with its weighted frequency: the
		// frequency and the field's length count for the rank
		LEXEME.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		LEXEME.setTokenized(true);
		LEXEME.freeze();
	}

	static final SortField NEWEST = new SortField("published", SortField.Type.LONG, true);

	static final SortField LATEST_CASE = new SortField("case", SortField.Type.LONG, true);

	/**
	 * The order of the cases in each segment: by country (its facet code), then newest. A
	 * country's cases lie together, so a search within a country reads only its part of
	 * each word's cases, which was three quarters of a search by a word and two facets at
	 * a million cases: the blocks of the word's cases decoded, and walked.
	 */
	static final Sort INDEX_ORDER = new Sort(new SortField("country", SortField.Type.LONG), NEWEST, LATEST_CASE);

	private static final String ENTRIES = "select case_id, (extract(epoch from published_at) * 1000000)::bigint,"
			+ " facet_codes, search_vector::text from cases.library_entry";

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	private final TransactionTemplate snapshots;

	private final ReentrantLock writing = new ReentrantLock();

	private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor((task) -> {
		Thread thread = new Thread(task, "library-index");
		thread.setDaemon(true);
		return thread;
	});

	private final ExecutorService searching = Executors
		.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), (task) -> {
			Thread thread = new Thread(task, "library-search");
			thread.setDaemon(true);
			return thread;
		});

	private final AtomicBoolean scheduled = new AtomicBoolean();

	private final AtomicLong served = new AtomicLong();

	/**
	 * The facet filters' matches as bit sets, per segment. A filter's posting list was
	 * decoded again for every search that named it, and advanced for each case the text
	 * let through; a bit set is read instead. Entries go with their segment, so a changed
	 * index never reads an older one.
	 */
	private final LRUQueryCache filterMatches = new LRUQueryCache(1_000, 32 * 1024 * 1024, (leaf) -> true,
			Float.POSITIVE_INFINITY);

	private final AllCounts allCounts = new AllCounts();

	private final NormsInHeap norms = new NormsInHeap(IndexedQuery.FIELD);

	private final Path path;

	private final Directory directory;

	private final IndexWriter writer;

	private volatile Snapshot current;

	/** Set when a write failed halfway: only a rebuild brings the index back. */
	private volatile boolean damaged;

	LibraryIndex(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
			@Value("${dhso.cases.search-index.enabled:true}") boolean enabled) {
		this.jdbc = jdbc;
		JdbcTemplate cursor = new JdbcTemplate(dataSource);
		cursor.setFetchSize(1_000);
		this.streaming = JdbcClient.create(cursor);
		this.snapshots = new TransactionTemplate(transactions);
		this.snapshots.setReadOnly(true);
		this.snapshots.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		Path path = null;
		Directory directory = null;
		IndexWriter writer = null;
		if (enabled) {
			try {
				path = Files.createTempDirectory("dhso-library-index");
				directory = FSDirectory.open(path);
				IndexWriterConfig config = new IndexWriterConfig(null).setOpenMode(IndexWriterConfig.OpenMode.CREATE)
					.setRAMBufferSizeMB(BUILD_BUFFER_MB)
					.setCommitOnClose(false)
					.setIndexSort(INDEX_ORDER);
				writer = new IndexWriter(directory, config);
			}
			catch (IOException ex) {
				logger.warn("The library's search index could not be created; the database answers every search", ex);
			}
		}
		this.path = path;
		this.directory = directory;
		this.writer = writer;
	}

	@Override
	public String cacheName() {
		return "library-filters";
	}

	/** The facet filters' matches kept ({@link #filterMatches}). */
	@Override
	public long cachedBytes() {
		return this.filterMatches.ramBytesUsed();
	}

	@EventListener(ApplicationReadyEvent.class)
	void buildAtStart() {
		if (this.writer == null) {
			return;
		}
		long hour = Duration.ofHours(1).toMillis();
		this.background.scheduleWithFixedDelay(this::prune, hour, hour, TimeUnit.MILLISECONDS);
		long entries = this.jdbc.sql("select count(*) from cases.library_entry").query(Long.class).single();
		if (entries <= BUILT_BEFORE_SERVING) {
			try {
				catchUp();
			}
			catch (RuntimeException ex) {
				logger.warn("The library's search index could not be built; the database answers", ex);
			}
		}
		else {
			schedule();
		}
	}

	/**
	 * The first ranked ids and the facet counts of a search, from the index at the given
	 * generation of the library; null when the database must answer. Call it in the
	 * search's transaction, which read that generation.
	 */
	Found find(long generation, LibraryQuery query, String tsquery, int limit) {
		if (this.writer == null) {
			return null;
		}
		Query text = null;
		if (tsquery != null) {
			text = IndexedQuery.of(tsquery);
			if (text == null) {
				return null;
			}
		}
		List<Query> filters = filters(query);
		if (text == null && filters.isEmpty()) {
			return null;
		}
		Snapshot snapshot = at(generation);
		if (snapshot == null || !snapshot.reader().tryIncRef()) {
			return null;
		}
		try {
			Found found = search(snapshot.searched(), snapshot.names(), text, filters, query.sort(), limit);
			this.served.incrementAndGet();
			return found;
		}
		catch (IOException | IndexSearcher.TooManyClauses ex) {
			logger.warn("The library's search index could not answer a search; the database does", ex);
			return null;
		}
		finally {
			release(snapshot.reader());
		}
	}

	private Found search(IndexReader reader, String[][] names, @Nullable Query text, List<Query> filters, String sort,
			int limit) throws IOException {
		BooleanQuery.Builder matching = new BooleanQuery.Builder();
		matching.add((text != null) ? text : new MatchAllDocsQuery(), (text != null) ? Occur.MUST : Occur.FILTER);
		if (!filters.isEmpty()) {
			matching.add(facetFilter(filters), Occur.FILTER);
		}
		// segments are searched in parallel: a first search of a common word at a
		// million cases is then about as fast as the same at a hundred thousand
		IndexSearcher searcher = new IndexSearcher(reader, this.searching);
		searcher.setQueryCache(this.filterMatches);
		searcher.setQueryCachingPolicy(FACET_FILTERS);
		Query query = matching.build();
		List<Term> words = ("relevance".equals(sort) && text != null && !filters.isEmpty()) ? WordsInFilter.words(text)
				: null;
		if (words != null) {
			// all in the request's thread, as the words' statistics are: with an executor
			// the filters' terms are looked up as a task per segment
			IndexSearcher inThread = new IndexSearcher(reader);
			inThread.setQueryCache(this.filterMatches);
			inThread.setQueryCachingPolicy(FACET_FILTERS);
			FixedBitSet[] filtered = WordsInFilter.filtered(inThread, facetFilter(filters));
			if (filtered != null) {
				long[] counts = new long[names.length];
				long[] ids = WordsInFilter.rankAndCount(inThread, words, filtered, limit, counts);
				return new Found(ids, counted(counts, names));
			}
		}
		TopFieldDocs top;
		long[] counts;
		if (filters.isEmpty() && text != null && inMostCases(reader, text)) {
			// a word alone in most cases: counted first, without scores and by the cases
			// it does not match; then only the first hits are ranked, skipping the cases
			// that cannot reach them
			counts = searcher.search(query, new Counting(names.length, this.allCounts));
			if ("newest".equals(sort)) {
				return new Found(searcher.search(query, new Ranking(limit, false)), counted(counts, names));
			}
			Sort relevance = new Sort(SortField.FIELD_SCORE, NEWEST, LATEST_CASE);
			top = "title".equals(sort) ? null
					: searcher.search(query, new TopFieldCollectorManager(relevance, limit, null, limit, true));
		}
		else if ("title".equals(sort)) {
			counts = searcher.search(query, new Counting(names.length, null));
			top = null;
		}
		else {
			// fewer matches are walked once, counted as they are ranked (two passes cost
			// more); the newest order ranks them as relevance does unscored
			Object[] results = searcher.search(query, new MultiCollectorManager(
					new Ranking(limit, "relevance".equals(sort)), new Counting(names.length, null)));
			return new Found((long[]) results[0], counted((long[]) results[1], names));
		}
		if (top == null) {
			// the title order is the database's collation: the index only counts
			return new Found(null, counted(counts, names));
		}
		ScoreDoc[] docs = top.scoreDocs;
		long[] ids = new long[docs.length];
		for (int i = 0; i < docs.length; i++) {
			Object[] fields = ((FieldDoc) docs[i]).fields;
			ids[i] = (Long) fields[fields.length - 1];
		}
		return new Found(ids, counted(counts, names));
	}

	/**
	 * Whether a word of the query is in more than half of the cases: then its matches are
	 * best counted as all but the others. Fewer matches are counted as they are ranked,
	 * in one pass (two cost more).
	 */
	private static boolean inMostCases(IndexReader reader, Query text) throws IOException {
		Set<Term> terms = new HashSet<>();
		text.visit(QueryVisitor.termCollector(terms));
		for (Term term : terms) {
			if (reader.docFreq(term) > reader.numDocs() / 2) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Searches a newly built index before it answers readers, as search servers warm a
	 * new searcher: the most frequent words, alone, either or, and with the most frequent
	 * values of one or two facets, in both orders. The facet filters' matches are then
	 * kept already, and the code that walks a million cases has been compiled: in the
	 * first minute after a start, a new search with two facets cost readers twice what it
	 * did later. Small indexes are not warmed; at most a few seconds are spent.
	 * @return the number of searches made
	 */
	int warm(IndexReader reader, String[][] names) throws IOException {
		List<Term> words = mostFrequent(reader, IndexedQuery.FIELD, WARMING_WORDS);
		if (words.isEmpty()) {
			return 0;
		}
		Map<String, List<Term>> values = new LinkedHashMap<>();
		for (Term value : mostFrequent(reader, "value", Integer.MAX_VALUE)) {
			String text = value.text();
			List<Term> ofFacet = values.computeIfAbsent(text.substring(0, Math.max(0, text.indexOf('='))),
					(facet) -> new ArrayList<>());
			if (ofFacet.size() < 2) {
				ofFacet.add(value);
			}
		}
		List<List<Term>> facets = new ArrayList<>(values.values());
		long until = System.nanoTime() + WARMING_TIME.toNanos();
		int searches = 0;
		while (searches < WARMING_SEARCHES && System.nanoTime() < until) {
			int i = searches;
			Term word = words.get(i % words.size());
			Query text = new TermQuery(word);
			if (i % 4 == 3) {
				text = new BooleanQuery.Builder().add(text, Occur.SHOULD)
					.add(new TermQuery(words.get((i / 4) % words.size())), Occur.SHOULD)
					.build();
			}
			List<Query> filters = new ArrayList<>();
			for (int f = 0; f < i % 3 && f < facets.size(); f++) {
				List<Term> facet = facets.get((i / 3 + f) % facets.size());
				filters.add(new TermQuery(facet.get((i / 7) % facet.size())));
			}
			search(reader, names, text, filters, (i % 2 == 0) ? "relevance" : "newest", LibrarySearch.FIRST_IDS);
			searches++;
		}
		return searches;
	}

	/** The field's terms that most cases have, most first. */
	private static List<Term> mostFrequent(IndexReader reader, String field, int most) throws IOException {
		Terms terms = MultiTerms.getTerms(reader, field);
		if (terms == null) {
			return List.of();
		}
		PriorityQueue<Map.Entry<Term, Integer>> top = new PriorityQueue<>(Map.Entry.comparingByValue());
		TermsEnum each = terms.iterator();
		for (BytesRef term = each.next(); term != null; term = each.next()) {
			top.add(Map.entry(new Term(field, BytesRef.deepCopyOf(term)), each.docFreq()));
			if (top.size() > most) {
				top.poll();
			}
		}
		List<Term> found = new ArrayList<>();
		while (!top.isEmpty()) {
			found.add(0, top.poll().getKey());
		}
		return found;
	}

	/** Warms the index as it is, as a rebuilt one is warmed; for tests. */
	int warmCurrent() throws IOException {
		Snapshot snapshot = this.current;
		if (snapshot == null || !snapshot.reader().tryIncRef()) {
			return 0;
		}
		try {
			return warm(snapshot.searched(), snapshot.names());
		}
		finally {
			release(snapshot.reader());
		}
	}

	/** In how many of how many cases a lexeme is; for tests. */
	Frequent frequency(String lexeme) throws IOException {
		Snapshot snapshot = this.current;
		if (snapshot == null || !snapshot.reader().tryIncRef()) {
			throw new IllegalStateException("no index to read");
		}
		try {
			return new Frequent(snapshot.reader().docFreq(new Term(IndexedQuery.FIELD, lexeme)),
					snapshot.reader().numDocs());
		}
		finally {
			release(snapshot.reader());
		}
	}

	record Frequent(int cases, int of) {
	}

	/** The generation of the library the index is at; -1 before it is built. */
	long generation() {
		Snapshot snapshot = this.current;
		return (snapshot != null && !this.damaged) ? snapshot.generation() : -1;
	}

	/** How many segments' counts of all their cases are kept; for tests. */
	int segmentsCountedWhole() {
		return this.allCounts.size();
	}

	/** How many facet filters' matches are kept, over all segments; for tests. */
	long keptFilters() {
		return this.filterMatches.getCacheSize();
	}

	/** How many searches the index has answered; for tests. */
	long served() {
		return this.served.get();
	}

	/**
	 * Brings the index up to the library's current generation in a snapshot of its own.
	 */
	void catchUp() {
		if (this.writer == null) {
			return;
		}
		this.writing.lock();
		try {
			this.snapshots.executeWithoutResult((status) -> {
				long generation = this.jdbc.sql("select generation from cases.library_state")
					.query(Long.class)
					.single();
				Snapshot snapshot = this.current;
				if (snapshot == null || snapshot.generation() < generation) {
					List<Long> changed = (snapshot != null && !this.damaged)
							? changedSince(snapshot, CAUGHT_UP_IN_SEARCH) : null;
					try {
						if (changed == null) {
							rebuild(generation);
						}
						else {
							apply(snapshot, generation, changed);
						}
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
			});
		}
		finally {
			this.writing.unlock();
		}
	}

	/** Forgets changes older than a day; a node that far behind rebuilds its index. */
	void prune() {
		try {
			this.jdbc.sql("select cases.prune_library_changes(interval '1 day')").query((rs, row) -> row).list();
		}
		catch (RuntimeException ex) {
			logger.warn("The library's change log could not be pruned", ex);
		}
	}

	/**
	 * The index at the generation, caught up in the caller's transaction if it is a
	 * little behind. The changes are read after the generation, so the index may then
	 * hold a newer case than its generation says, never an older one; the next generation
	 * reads those changes again.
	 */
	private Snapshot at(long generation) {
		Snapshot snapshot = this.current;
		if (snapshot != null && snapshot.generation() == generation) {
			return snapshot;
		}
		if (snapshot == null || snapshot.generation() > generation || this.damaged) {
			if (snapshot == null || this.damaged) {
				schedule();
			}
			return null;
		}
		// another search (or the background) is writing: the database answers this one
		if (!this.writing.tryLock()) {
			return null;
		}
		try {
			snapshot = this.current;
			if (snapshot.generation() != generation) {
				if (snapshot.generation() > generation) {
					return null;
				}
				List<Long> changed = changedSince(snapshot, CAUGHT_UP_IN_SEARCH);
				if (changed == null) {
					schedule();
					return null;
				}
				apply(snapshot, generation, changed);
			}
			return this.current;
		}
		catch (IOException ex) {
			logger.warn("The library's search index could not be brought up to date; the database answers", ex);
			return null;
		}
		finally {
			this.writing.unlock();
		}
	}

	/**
	 * The cases changed since the snapshot, or null when they are too many or everything.
	 */
	private List<Long> changedSince(Snapshot snapshot, int most) {
		List<Long> changed = this.jdbc
			.sql("(select distinct case_id from cases.library_change where generation > :indexed)"
					+ " union all (select null from cases.library_state where changes_from > :indexed) limit :most")
			.param("indexed", snapshot.generation())
			.param("most", most + 1)
			.query(Long.class)
			.list();
		return (changed.size() > most || changed.contains(null)) ? null : changed;
	}

	private void apply(Snapshot snapshot, long generation, List<Long> changed) throws IOException {
		try {
			write(snapshot, generation, changed);
		}
		catch (IOException | RuntimeException ex) {
			this.damaged = true;
			throw ex;
		}
	}

	private void write(Snapshot snapshot, long generation, List<Long> changed) throws IOException {
		if (changed.isEmpty()) {
			snapshot.reader().incRef();
			replace(new Snapshot(generation, snapshot.reader(), snapshot.searched(), snapshot.names()));
			return;
		}
		String[][] names = names(this.jdbc);
		this.writer.deleteDocuments(changed.stream().map((id) -> new Term("id", id.toString())).toArray(Term[]::new));
		this.jdbc.sql(ENTRIES + " where case_id = any(:ids)")
			.param("ids", changed.toArray(Long[]::new))
			.query(adding(names));
		DirectoryReader reader = DirectoryReader.openIfChanged(snapshot.reader(), this.writer);
		if (reader == null) {
			snapshot.reader().incRef();
			reader = snapshot.reader();
		}
		replace(new Snapshot(generation, reader, this.norms.wrap(reader), names));
	}

	private void rebuild(long generation) throws IOException {
		long started = System.nanoTime();
		this.damaged = true;
		String[][] names = names(this.streaming);
		this.writer.deleteAll();
		this.streaming.sql(ENTRIES).query(adding(names));
		DirectoryReader reader = DirectoryReader.open(this.writer);
		DirectoryReader searched = this.norms.wrap(reader);
		long indexed = System.nanoTime();
		int warming = 0;
		if (reader.numDocs() >= WARMED_FROM) {
			try {
				warming = warm(searched, names);
			}
			catch (IOException | RuntimeException ex) {
				logger.warn("The library's new search index could not be warmed", ex);
			}
		}
		replace(new Snapshot(generation, reader, searched, names));
		this.damaged = false;
		logger.info("Library search index: {} cases indexed in {} ms, warmed with {} searches in {} ms",
				reader.numDocs(), (indexed - started) / 1_000_000, warming, (System.nanoTime() - indexed) / 1_000_000);
	}

	private RowCallbackHandler adding(String[][] names) {
		return (rs) -> {
			try {
				this.writer.addDocument(document(rs, names));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

	/** The facet and value of each code, by code (codes are only ever added). */
	private static String[][] names(JdbcClient jdbc) {
		List<Object[]> rows = jdbc.sql("select code, facet, value from cases.library_facet_code")
			.query((rs, row) -> new Object[] { rs.getInt(1), rs.getString(2), rs.getString(3) })
			.list();
		int size = rows.stream().mapToInt((row) -> (int) row[0]).max().orElse(0) + 1;
		String[][] names = new String[size][];
		rows.forEach((row) -> names[(int) row[0]] = new String[] { (String) row[1], (String) row[2] });
		return names;
	}

	private static Document document(ResultSet rs, String[][] names) throws SQLException {
		Document document = new Document();
		long id = rs.getLong(1);
		document.add(new StringField("id", Long.toString(id), Field.Store.NO));
		document.add(new NumericDocValuesField("case", id));
		document.add(new NumericDocValuesField("published", rs.getLong(2)));
		Integer[] codes = (Integer[]) rs.getArray(3).getArray();
		document.add(new BinaryDocValuesField("facets", new BytesRef(FacetCounts.encode(codes))));
		long country = -1;
		for (Integer code : codes) {
			String[] name = (code < names.length) ? names[code] : null;
			if (name != null && "country".equals(name[0])) {
				country = code;
			}
			if (name != null && !name[0].isEmpty()) {
				document.add(new StringField("value", name[0] + "=" + name[1], Field.Store.NO));
			}
		}
		document.add(new NumericDocValuesField("country", country));
		addLexemes(rs.getString(4), document);
		return document;
	}

	/**
	 * The lexemes of a search vector's text ({@code 'word':1A,4 'other':2}) as one field,
	 * each lexeme once with a frequency weighted as ts_rank weighs its positions (see
	 * {@link IndexedQuery#FIELD}); one without positions (a term a case is tagged with)
	 * counts once with the lowest weight.
	 */
	static void addLexemes(String vector, Document document) {
		Map<String, Integer> weighted = new LinkedHashMap<>();
		int at = 0;
		int length = vector.length();
		StringBuilder lexeme = new StringBuilder();
		while (at < length) {
			if (vector.charAt(at) != '\'') {
				at++;
				continue;
			}
			lexeme.setLength(0);
			int end = IndexedQuery.quoted(vector, at, lexeme);
			at = (end < 0) ? length : end;
			String value = lexeme.toString();
			if (at < length && vector.charAt(at) == ':') {
				at++;
				while (at < length && vector.charAt(at) != ' ') {
					while (at < length && Character.isDigit(vector.charAt(at))) {
						at++;
					}
					char weight = 'D';
					if (at < length && Character.isLetter(vector.charAt(at))) {
						weight = vector.charAt(at++);
					}
					weighted.merge(value, IndexedQuery.frequency(weight), Integer::sum);
					if (at < length && vector.charAt(at) == ',') {
						at++;
					}
				}
			}
			else {
				weighted.merge(value, IndexedQuery.frequency('D'), Integer::sum);
			}
		}
		if (!weighted.isEmpty()) {
			document.add(new Field(IndexedQuery.FIELD, new WeightedLexemes(weighted), LEXEME));
		}
	}

	/** Each lexeme once, with its weighted frequency. */
	private static final class WeightedLexemes extends TokenStream {

		private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

		private final TermFrequencyAttribute frequency = addAttribute(TermFrequencyAttribute.class);

		private final Iterator<Map.Entry<String, Integer>> lexemes;

		WeightedLexemes(Map<String, Integer> lexemes) {
			this.lexemes = lexemes.entrySet().iterator();
		}

		@Override
		public boolean incrementToken() {
			if (!this.lexemes.hasNext()) {
				return false;
			}
			clearAttributes();
			Map.Entry<String, Integer> lexeme = this.lexemes.next();
			this.term.setEmpty().append(lexeme.getKey());
			this.frequency.setTermFrequency(lexeme.getValue());
			return true;
		}

	}

	/**
	 * The facet filters as one clause, whose matches are kept together: a search then
	 * walks the cases of every filter at once, where with a clause per filter it walked
	 * the cases of its narrowest filter and looked each up in the others.
	 */
	private static Query facetFilter(List<Query> filters) {
		if (filters.size() == 1) {
			return filters.get(0);
		}
		BooleanQuery.Builder all = new BooleanQuery.Builder();
		filters.forEach((filter) -> all.add(filter, Occur.FILTER));
		return all.build();
	}

	/**
	 * The facet filters, alone or together, are kept from their first use; nothing else
	 * is.
	 */
	private static final QueryCachingPolicy FACET_FILTERS = new QueryCachingPolicy() {

		@Override
		public void onUse(Query query) {
		}

		@Override
		public boolean shouldCache(Query query) {
			return facetValue(query) || (query instanceof BooleanQuery all && !all.clauses().isEmpty()
					&& all.clauses()
						.stream()
						.allMatch((c) -> c.getOccur() == Occur.FILTER && facetValue(c.getQuery())));
		}

		private static boolean facetValue(Query query) {
			return query instanceof TermQuery term && "value".equals(term.getTerm().field());
		}

	};

	private static List<Query> filters(LibraryQuery query) {
		List<Query> filters = new ArrayList<>();
		filter(filters, "technology", query.technology());
		filter(filters, "profession", query.profession());
		filter(filters, "competence", query.competence());
		filter(filters, "country", query.country());
		filter(filters, "careSetting", query.careSetting());
		filter(filters, "label", query.label());
		filter(filters, "year", (query.year() != null) ? query.year().toString() : null);
		filter(filters, "trainingMethod", query.trainingMethod());
		filter(filters, "trainingFormat", query.trainingFormat());
		return filters;
	}

	private static void filter(List<Query> filters, String facet, String value) {
		if (value != null) {
			filters.add(new TermQuery(new Term("value", facet + "=" + value)));
		}
	}

	private void schedule() {
		if (this.writer != null && this.scheduled.compareAndSet(false, true)) {
			this.background.execute(() -> {
				this.scheduled.set(false);
				try {
					catchUp();
				}
				catch (RuntimeException ex) {
					logger.warn("The library's search index could not be built; the database answers", ex);
				}
			});
		}
	}

	private void replace(Snapshot next) throws IOException {
		Snapshot previous = this.current;
		this.current = next;
		if (previous != null) {
			release(previous.reader());
		}
	}

	private static void release(DirectoryReader reader) {
		try {
			reader.decRef();
		}
		catch (IOException ex) {
			logger.warn("A reader of the library's search index did not close", ex);
		}
	}

	@Override
	public void destroy() throws Exception {
		this.background.shutdownNow();
		this.searching.shutdownNow();
		this.background.awaitTermination(30, TimeUnit.SECONDS);
		if (this.writer == null) {
			return;
		}
		this.writing.lock();
		try {
			Snapshot snapshot = this.current;
			this.current = null;
			if (snapshot != null) {
				release(snapshot.reader());
			}
			this.writer.rollback();
			this.directory.close();
		}
		finally {
			this.writing.unlock();
			FileSystemUtils.deleteRecursively(this.path);
		}
	}

	/**
	 * What the index found: the first ranked ids (null in the title order, which the
	 * database ranks) and every facet value's count.
	 */
	record Found(long[] ids, List<Counted> counted) {
	}

	/** A facet value and its count; the empty facet counts the matches. */
	record Counted(String facet, String value, long count) {
	}

	/** The index at one generation of the library, with the names of its facet codes. */
	/**
	 * The index at a generation: the reader, whose reference count keeps it open, and the
	 * same as searched ({@link NormsInHeap}).
	 */
	private record Snapshot(long generation, DirectoryReader reader, DirectoryReader searched, String[][] names) {
	}

	private static List<Counted> counted(long[] counts, String[][] names) {
		List<Counted> counted = new ArrayList<>();
		for (int code = 0; code < counts.length; code++) {
			if (counts[code] > 0 && names[code] != null) {
				counted.add(new Counted(names[code][0], names[code][1], counts[code]));
			}
		}
		return counted;
	}

	/** Counts the facet codes of every match, a collector per slice of the index. */
	record Counting(int size, @Nullable AllCounts all) implements CollectorManager<FacetCounts, long[]> {

		@Override
		public FacetCounts newCollector() {
			return new FacetCounts(this.size, this.all);
		}

		@Override
		public long[] reduce(Collection<FacetCounts> collectors) {
			long[] counts = new long[this.size];
			for (FacetCounts collector : collectors) {
				for (int code = 0; code < this.size; code++) {
					counts[code] += collector.counts[code];
				}
			}
			return counts;
		}

	}

	/**
	 * Ranks the matches by score, or newest first when not scored, a collector per slice
	 * of the index.
	 */
	record Ranking(int limit, boolean scored) implements CollectorManager<FirstByScore, long[]> {

		/** By relevance. */
		Ranking(int limit) {
			this(limit, true);
		}

		@Override
		public FirstByScore newCollector() {
			return new FirstByScore(this.limit, this.scored);
		}

		@Override
		public long[] reduce(Collection<FirstByScore> collectors) {
			return FirstByScore.merge(collectors, this.limit);
		}

	}

	/**
	 * The first matches of each segment by score, as the relevance order ranks them: by
	 * score, then newest, then latest case; unscored, every match scores the same, and
	 * this is the newest order. In a segment a tie on the score is decided by the cases'
	 * ranks ({@link NewestFirst}), so a match need only be scored: a
	 * {@code TopFieldCollector} read its publication time and case as well whenever it
	 * entered the queue, and compared through a comparator per field. Those values are
	 * read only for the segment's first matches, once the segment is done, to merge the
	 * segments' firsts.
	 */
	static final class FirstByScore implements Collector {

		private final int limit;

		private final boolean scored;

		/** Per segment done: its first matches' scores, publication times and cases. */
		private final List<Firsts> segments = new ArrayList<>();

		/**
		 * The highest of the lowest scores of the segments done with a full queue: a
		 * match scored lower ranks after that segment's firsts, so it need not be kept. A
		 * collector's segments are searched one after the other.
		 */
		private float floor = Float.NEGATIVE_INFINITY;

		FirstByScore(int limit) {
			this(limit, true);
		}

		FirstByScore(int limit, boolean scored) {
			this.limit = limit;
			this.scored = scored;
		}

		/** The cases of the first matches of all segments of all slices, in order. */
		static long[] merge(Collection<FirstByScore> collectors, int limit) {
			List<Firsts> all = new ArrayList<>();
			collectors.forEach((collector) -> all.addAll(collector.segments));
			int size = 0;
			for (Firsts firsts : all) {
				size += firsts.scores().length;
			}
			float[] scores = new float[size];
			long[] published = new long[size];
			long[] cases = new long[size];
			int at = 0;
			for (Firsts firsts : all) {
				int n = firsts.scores().length;
				System.arraycopy(firsts.scores(), 0, scores, at, n);
				System.arraycopy(firsts.published(), 0, published, at, n);
				System.arraycopy(firsts.cases(), 0, cases, at, n);
				at += n;
			}
			int first = Math.min(limit, size);
			if (first == 0) {
				return new long[0];
			}
			// only the matches scored at least the first ones' lowest score are ordered
			float[] ascending = scores.clone();
			Arrays.sort(ascending);
			float lowest = ascending[size - first];
			Integer[] order = IntStream.range(0, size)
				.filter((i) -> scores[i] >= lowest)
				.boxed()
				.toArray(Integer[]::new);
			Arrays.sort(order, (a, b) -> {
				int byScore = Float.compare(scores[b], scores[a]);
				if (byScore != 0) {
					return byScore;
				}
				int byTime = Long.compare(published[b], published[a]);
				return (byTime != 0) ? byTime : Long.compare(cases[b], cases[a]);
			});
			long[] ids = new long[first];
			for (int i = 0; i < ids.length; i++) {
				ids[i] = cases[order[i]];
			}
			return ids;
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			Segment firsts = segment(context.reader());
			return new LeafCollector() {

				private Scorable scorer;

				@Override
				public void setScorer(Scorable scorer) {
					this.scorer = scorer;
				}

				@Override
				public void collect(int doc) throws IOException {
					firsts.offer(doc, FirstByScore.this.scored ? this.scorer.score() : 0f);
				}

				@Override
				public void finish() throws IOException {
					keep(firsts);
				}

			};
		}

		/** A segment's first matches, to be offered its matches. */
		Segment segment(LeafReader leaf) throws IOException {
			return new Segment(leaf);
		}

		/**
		 * Keeps a segment's first matches, once the segment is done: their scores, and
		 * the publication times and cases read in the order of the docs.
		 */
		void keep(Segment segment) throws IOException {
			org.apache.lucene.util.PriorityQueue<ScoreDoc> firsts = segment.firsts;
			int size = firsts.size();
			if (size == 0) {
				return;
			}
			if (size == this.limit) {
				this.floor = Math.max(this.floor, firsts.top().score);
			}
			// read in the queue's order, not popped: doc values are read in the order of
			// the docs
			ScoreDoc[] byDoc = new ScoreDoc[size];
			int i = 0;
			for (ScoreDoc hit : firsts) {
				byDoc[i++] = hit;
			}
			Arrays.sort(byDoc, Comparator.comparingInt((hit) -> hit.doc));
			NumericDocValues times = DocValues.getNumeric(segment.leaf, "published");
			NumericDocValues ids = DocValues.getNumeric(segment.leaf, "case");
			float[] scored = new float[size];
			long[] published = new long[size];
			long[] cases = new long[size];
			for (i = 0; i < size; i++) {
				int doc = byDoc[i].doc;
				scored[i] = byDoc[i].score;
				published[i] = times.advanceExact(doc) ? times.longValue() : 0;
				cases[i] = ids.advanceExact(doc) ? ids.longValue() : 0;
			}
			this.segments.add(new Firsts(scored, published, cases));
		}

		@Override
		public ScoreMode scoreMode() {
			return this.scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES;
		}

		/** A segment's first matches so far, the one that ranks last on top. */
		final class Segment {

			private final LeafReader leaf;

			private final int[] ranks;

			private final org.apache.lucene.util.PriorityQueue<ScoreDoc> firsts;

			private Segment(LeafReader leaf) throws IOException {
				this.leaf = leaf;
				int[] ranks = NewestFirst.ranks(leaf);
				this.ranks = ranks;
				this.firsts = new org.apache.lucene.util.PriorityQueue<>(FirstByScore.this.limit) {
					@Override
					protected boolean lessThan(ScoreDoc a, ScoreDoc b) {
						return (a.score != b.score) ? a.score < b.score : ranks[a.doc] > ranks[b.doc];
					}
				};
			}

			/** A match and its score, in any order. */
			void offer(int doc, float score) {
				if (score < FirstByScore.this.floor) {
					return;
				}
				if (this.firsts.size() < FirstByScore.this.limit) {
					this.firsts.add(new ScoreDoc(doc, score));
					return;
				}
				ScoreDoc last = this.firsts.top();
				if (score > last.score || (score == last.score && this.ranks[doc] < this.ranks[last.doc])) {
					last.doc = doc;
					last.score = score;
					this.firsts.updateTop();
				}
			}

		}

		private record Firsts(float[] scores, long[] published, long[] cases) {
		}

	}

	/**
	 * The facet codes of every case of a segment, counted once per segment and its
	 * deletions: a search that matches most of a segment's cases counts the ones it does
	 * not match and takes them from these.
	 */
	static final class AllCounts {

		private final Map<Object, long[]> counts = new ConcurrentHashMap<>();

		long[] of(LeafReader leaf, int size) throws IOException {
			IndexReader.CacheHelper helper = leaf.getReaderCacheHelper();
			if (helper == null) {
				return count(leaf, size);
			}
			long[] known = this.counts.get(helper.getKey());
			if (known != null && known.length == size) {
				return known;
			}
			long[] counted = count(leaf, size);
			if (known == null) {
				helper.addClosedListener(this.counts::remove);
			}
			this.counts.put(helper.getKey(), counted);
			return counted;
		}

		int size() {
			return this.counts.size();
		}

		private static long[] count(LeafReader leaf, int size) throws IOException {
			long[] counted = new long[size];
			BinaryDocValues codes = DocValues.getBinary(leaf, "facets");
			Bits live = leaf.getLiveDocs();
			for (int doc = codes.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = codes.nextDoc()) {
				if (live == null || live.get(doc)) {
					FacetCounts.add(codes.binaryValue(), counted, 1);
				}
			}
			return counted;
		}

	}

	/**
	 * Counts the facet codes of every match in one slice, as each is collected or, for a
	 * search that may match most of the library, marked first: where the matches are most
	 * of a segment's cases, the cases that do not match are counted and taken from all of
	 * the segment's ({@link AllCounts}), so a word nearly every case has costs what the
	 * few without it do. A case's codes are one binary value, a byte or two a code, read
	 * in one copy: read one by one as numeric doc values, each byte went through the
	 * mapped buffer's checks, and counting was half of a new search with a word and two
	 * filters at a million cases.
	 */
	static final class FacetCounts implements Collector {

		private final long[] counts;

		private final @Nullable AllCounts all;

		/** Counts each match as it is collected. */
		FacetCounts(int size) {
			this(size, null);
		}

		/**
		 * @param all where the counts of all of a segment's cases are kept: matches are
		 * marked, then counted directly or as all but the others; null counts each match
		 * as it is collected
		 */
		FacetCounts(int size, @Nullable AllCounts all) {
			this.counts = new long[size];
			this.all = all;
		}

		/**
		 * Bytes of a case's codes: a case's codes fill this many at least, the rest zeros
		 * (code 0 is none: codes start at 1). Values of one length are read at their
		 * case's place, without looking up where each begins (two reads of packed
		 * addresses per case counted, a tenth of a search's counting).
		 */
		static final int WIDTH = 32;

		/**
		 * Seven bits a byte, low bits first: a code under 128 takes one byte; padded with
		 * zeros to {@link #WIDTH}.
		 */
		static byte[] encode(Integer[] codes) {
			ByteArrayOutputStream bytes = new ByteArrayOutputStream(WIDTH);
			for (Integer code : codes) {
				int rest = code;
				while ((rest & ~0x7F) != 0) {
					bytes.write((rest & 0x7F) | 0x80);
					rest >>>= 7;
				}
				bytes.write(rest);
			}
			while (bytes.size() < WIDTH) {
				bytes.write(0);
			}
			return bytes.toByteArray();
		}

		/** Adds a case's codes, or takes them away, for the codes a count is kept of. */
		static void add(BytesRef value, long[] counts, int sign) {
			byte[] bytes = value.bytes;
			int code = 0;
			int shift = 0;
			for (int i = value.offset, end = value.offset + value.length; i < end; i++) {
				byte b = bytes[i];
				code |= (b & 0x7F) << shift;
				if (b < 0) {
					shift += 7;
					continue;
				}
				if (code != 0 && code < counts.length) {
					counts[code] += sign;
				}
				code = 0;
				shift = 0;
			}
		}

		@Override
		public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
			LeafReader leaf = context.reader();
			if (this.all == null) {
				BinaryDocValues codes = DocValues.getBinary(leaf, "facets");
				return new LeafCollector() {

					@Override
					public void setScorer(Scorable scorer) {
					}

					@Override
					public void collect(int doc) throws IOException {
						if (codes.advanceExact(doc)) {
							add(codes.binaryValue(), FacetCounts.this.counts, 1);
						}
					}

				};
			}
			FixedBitSet matches = new FixedBitSet(leaf.maxDoc());
			return new LeafCollector() {

				private int matched;

				@Override
				public void setScorer(Scorable scorer) {
				}

				@Override
				public void collect(int doc) {
					matches.set(doc);
					this.matched++;
				}

				@Override
				public void finish() throws IOException {
					count(leaf, matches, this.matched);
				}

			};
		}

		private void count(LeafReader leaf, FixedBitSet matches, int matched) throws IOException {
			if (matched == 0) {
				return;
			}
			BinaryDocValues codes = DocValues.getBinary(leaf, "facets");
			int sign = 1;
			Bits live = null;
			if (matched > leaf.numDocs() / 2) {
				long[] all = this.all.of(leaf, this.counts.length);
				for (int code = 0; code < all.length; code++) {
					this.counts[code] += all[code];
				}
				matches.flip(0, matches.length());
				sign = -1;
				live = leaf.getLiveDocs();
			}
			BitSetIterator marked = new BitSetIterator(matches, 0);
			for (int doc = marked.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = marked.nextDoc()) {
				if ((live == null || live.get(doc)) && codes.advanceExact(doc)) {
					add(codes.binaryValue(), this.counts, sign);
				}
			}
		}

		long[] counts() {
			return this.counts;
		}

		@Override
		public ScoreMode scoreMode() {
			return ScoreMode.COMPLETE_NO_SCORES;
		}

	}

}
