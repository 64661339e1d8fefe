package eu.dhso.cases.library;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import eu.dhso.core.config.BoundedCache;
import eu.dhso.core.web.SupportedLanguages;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Library search over {@code cases.library_entry}, the narrow copy of the projection.
 * <p>
 * Counting facets and ranking cost time in proportion to the number of matches, which for
 * a common word is most of the library; paging through a result must not repeat that
 * work. So one search ranks the matching ids once and counts every facet once, and keeps
 * both for the library's current generation (a number the database moves on every change
 * to the published cases, so a cached result is never served after a change commits, on
 * any instance). A page is then one statement for its rows. Every search costs the same
 * statements whatever the page size: the generation, and either the page rows (a known
 * query, or a new one the node's search index answers at that generation, see
 * {@link LibraryIndex}) or ranking, facets and page rows (a new query the database
 * answers).
 */
@Component
class LibrarySearch implements BoundedCache {

	static final List<String> FACETS = List.of("technology", "profession", "competence", "country", "careSetting",
			"label", "year", "trainingMethod", "trainingFormat");

	/**
	 * Ids ranked on a first search: the first ten pages of ten. Each further id kept
	 * costs every match a place in a longer queue; ranking a thousand was a third of a
	 * new search's time at a million cases, for pages few readers open.
	 */
	static final int FIRST_IDS = 100;

	/** Ids ranked when a reader pages past those: the next hundred pages, at once. */
	static final int MORE_IDS = 1_000;

	/** Deeper pages than this are read straight from the database, not kept. */
	static final int MAX_IDS = 20_000;

	/**
	 * The query a search matches with, worked out once per search by
	 * {@code cases.library_tsquery} (migration V11) and bound to every statement.
	 */
	private static final String TS_QUERY = "cast(:tsq as tsquery)";

	private final JdbcClient jdbc;

	private final LibraryIndex index;

	private final Cache<Key, Result> results;

	/**
	 * The rows of pages already shown, for the same generation: a page read again (a
	 * popular search, the back button, a shared link) costs only the generation.
	 * Highlighting the words in each row was half of a search page's database time.
	 */
	private final Cache<PageKey, List<LibraryPage.Hit>> pages;

	/** What the words typed mean in the library, by the generation they were read in. */
	private final Cache<Words, KeptQuery> tsqueries = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterAccess(Duration.ofHours(1))
		.build();

	LibrarySearch(JdbcClient jdbc, LibraryIndex index, @Value("${dhso.cases.search-cache-megabytes:64}") long megabytes,
			@Value("${dhso.cases.search-page-cache-megabytes:16}") long pageMegabytes) {
		this.jdbc = jdbc;
		this.index = index;
		this.results = Caffeine.newBuilder()
			.maximumWeight(megabytes * 1024 * 1024)
			.weigher((Key key, Result result) -> result.weight())
			.expireAfterAccess(Duration.ofHours(1))
			.build();
		this.pages = Caffeine.newBuilder()
			.maximumWeight(pageMegabytes * 1024 * 1024)
			.weigher((PageKey key, List<LibraryPage.Hit> hits) -> weight(hits))
			.expireAfterAccess(Duration.ofHours(1))
			.build();
	}

	@Override
	public String cacheName() {
		return "library-searches";
	}

	/** The searches' results and the pages' rows kept, by their weights. */
	@Override
	public long cachedBytes() {
		return weighted(this.results) + weighted(this.pages);
	}

	private static long weighted(Cache<?, ?> cache) {
		cache.cleanUp();
		return cache.policy().eviction().map((bound) -> bound.weightedSize().orElse(0)).orElse(0L);
	}

	/**
	 * A search answered from the index at its generation, checked in one statement
	 * without a transaction: the page's rows are read with the library's generation, and
	 * the answer holds when that is the index's. Null when it does not hold, or the
	 * search needs the database (its words not yet worked out at that generation, a title
	 * order, a page beyond the kept ids, no match for a text): then
	 * {@link #search(LibraryQuery, Locale)} answers. Under load every statement, and the
	 * commit of a transaction, keeps a page waiting for a turn of the processor more than
	 * for its own work; a new search took three of them, a page read again two.
	 */
	@Nullable LibraryPage fromIndex(LibraryQuery query, Locale reader) {
		long generation = this.index.generation();
		if (generation < 0) {
			return null;
		}
		String config = config(reader);
		String tsquery = null;
		if (query.hasText()) {
			KeptQuery known = this.tsqueries.getIfPresent(new Words(config, query.q()));
			if (known == null || known.generation() != generation || known.tsquery() == null) {
				return null;
			}
			tsquery = known.tsquery();
		}
		Key key = key(generation, config, query);
		long offset = (long) query.page() * query.size();
		long needed = offset + query.size();
		if (needed > MAX_IDS) {
			return null;
		}
		Result result = this.results.getIfPresent(key);
		Result found = null;
		if (result == null || !result.covers(needed)) {
			int limit = (int) Math.max((result != null) ? MORE_IDS : FIRST_IDS, needed);
			LibraryIndex.Found indexed = this.index.find(generation, query, tsquery, limit);
			if (indexed == null || indexed.ids() == null) {
				return null;
			}
			Facets facets = (result != null) ? result.facets() : facets(indexed.counted());
			if (facets.total() == 0 && query.hasText()) {
				return null;
			}
			found = new Result(indexed.ids(), facets, tsquery);
			result = found;
		}
		PageKey pageKey = new PageKey(key, offset, query.size());
		List<LibraryPage.Hit> kept = this.pages.getIfPresent(pageKey);
		Checked checked = checked(query, tsquery, (kept != null) ? null : result.page(offset, query.size()));
		if (checked.generation() != generation) {
			return null;
		}
		if (found != null) {
			this.results.put(key, found);
		}
		List<LibraryPage.Hit> hits = kept;
		if (hits == null) {
			hits = checked.hits();
			this.pages.put(pageKey, hits);
		}
		return new LibraryPage(query, hits, result.facets().total(), result.facets().values(), checked.framework());
	}

	/**
	 * The library's generation and framework version, with the rows of the ids (none for
	 * null), in one statement: what it reads is of that generation.
	 */
	private Checked checked(LibraryQuery query, String tsquery, long @Nullable [] ids) {
		Snippets.Words words = (ids != null && query.hasText()) ? Snippets.words(tsquery) : null;
		long[] generation = { -1 };
		Long[] framework = { null };
		Map<Long, LibraryPage.Hit> byId = new HashMap<>();
		String sql = (ids == null || ids.length == 0)
				? "select s.generation, s.framework_version_id from cases.library_state s"
				: "select s.generation, s.framework_version_id, " + columns(query)
						+ " from cases.library_state s left join cases.published_case p on p.case_id = any(:ids)";
		JdbcClient.StatementSpec statement = this.jdbc.sql(sql);
		if (ids != null && ids.length > 0) {
			statement = statement.param("ids", Arrays.stream(ids).boxed().toArray(Long[]::new));
		}
		statement.query((RowCallbackHandler) (rs) -> {
			generation[0] = rs.getLong(1);
			framework[0] = rs.getObject(2, Long.class);
			if (ids != null && ids.length > 0 && rs.getObject("case_id") != null) {
				LibraryPage.Hit hit = hit(rs, words);
				byId.put(hit.id(), hit);
			}
		});
		List<LibraryPage.Hit> hits = (ids == null) ? null : inOrder(ids, byId);
		return new Checked(generation[0], framework[0], hits);
	}

	private record Checked(long generation, @Nullable Long framework, List<LibraryPage.Hit> hits) {
	}

	private static Key key(long generation, String config, LibraryQuery query) {
		return new Key(generation, config, query.q(), query.technology(), query.profession(), query.competence(),
				query.country(), query.careSetting(), query.label(), query.year(), query.sort(), query.trainingMethod(),
				query.trainingFormat());
	}

	// Read committed: the generation is read first, so everything read after it is at
	// least that new, and what is kept under it is never older than a search at that
	// generation would find (a newer one is kept only under a generation no later search
	// reads). Repeatable read cost three more round trips per search: the driver read the
	// session's level, set it, and set it back.
	@Transactional(readOnly = true)
	LibraryPage search(LibraryQuery query, Locale reader) {
		String config = config(reader);
		// the generation and the query in one statement: a search costs no more
		// statements than before the query was worked out in the database. Each
		// statement of the search is planned for its own query: a generic plan cannot
		// tell a word in every case from a rare one, and a common word then took a
		// nested loop over the index instead of a parallel scan.
		// Working the query out costs the database about a millisecond (it looks
		// the words up among the library's own), as much as the rest of a kept
		// search: it is done only when the generation differs from the one the
		// words were last worked out in.
		Words words = query.hasText() ? new Words(config, query.q()) : null;
		KeptQuery known = (words != null) ? this.tsqueries.getIfPresent(words) : null;
		Object[] state = this.jdbc
			.sql("select generation, case when cast(:q as text) is not null and generation <> :known"
					+ " then cases.library_tsquery(cast(:config as regconfig), cast(:q as text), false)::text end"
					+ ", set_config('plan_cache_mode', 'force_custom_plan', true), framework_version_id"
					+ " from cases.library_state")
			.param("q", query.q())
			.param("config", config)
			.param("known", (known != null) ? known.generation() : -1L)
			.query((rs, row) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getObject(4, Long.class) })
			.single();
		long generation = (long) state[0];
		if (known != null && known.generation() == generation) {
			state[1] = known.tsquery();
		}
		else if (words != null) {
			this.tsqueries.put(words, new KeptQuery(generation, (String) state[1]));
		}
		Key key = key(generation, config, query);
		long offset = (long) query.page() * query.size();
		long needed = offset + query.size();
		Result result = this.results.getIfPresent(key);
		if (result == null || !result.covers(needed)) {
			String tsquery = (result != null) ? result.tsquery() : (String) state[1];
			boolean keep = needed <= MAX_IDS;
			int limit = (int) Math.max((result != null) ? MORE_IDS : FIRST_IDS, needed);
			LibraryIndex.Found indexed = keep ? this.index.find(generation, query, tsquery, limit) : null;
			Facets facets = (result != null) ? result.facets()
					: (indexed != null) ? facets(indexed.counted()) : countFacets(Filter.of(query, tsquery));
			if (result == null && facets.total() == 0 && query.hasText()) {
				// nothing matched: perhaps a typo, so also words of titles and term names
				// that look like the ones typed
				String fuzzy = tsquery(query.q(), config, true);
				if (!fuzzy.equals(tsquery)) {
					tsquery = fuzzy;
					indexed = keep ? this.index.find(generation, query, tsquery, limit) : null;
					facets = (indexed != null) ? facets(indexed.counted()) : countFacets(Filter.of(query, tsquery));
				}
			}
			long[] ids = (indexed != null && indexed.ids() != null) ? indexed.ids()
					: keep ? rankedIds(Filter.of(query, tsquery), query, limit) : new long[0];
			result = new Result(ids, facets, tsquery);
			if (keep) {
				this.results.put(key, result);
			}
		}
		Result ranked = result;
		List<LibraryPage.Hit> hits = ranked.covers(needed)
				? this.pages.get(new PageKey(key, offset, query.size()),
						(page) -> rows(query, ranked.tsquery(), ranked.page(offset, query.size())))
				: deepPage(Filter.of(query, result.tsquery()), query, offset);
		return new LibraryPage(query, hits, result.facets().total(), result.facets().values(), (Long) state[2]);
	}

	/**
	 * The text search configuration of the reader's language (migration V11 makes one for
	 * each offered language, stemming after removing accents).
	 */
	static final String SIMPLE = "cases.library_simple";

	static String config(Locale reader) {
		return "cases.library_" + SupportedLanguages.closest(reader).getLanguage();
	}

	/** The query for a text in the reader's language; null without text. */
	@Transactional(readOnly = true)
	String tsquery(LibraryQuery query, Locale reader) {
		return query.hasText() ? tsquery(query.q(), config(reader), false) : null;
	}

	private String tsquery(String text, String config, boolean fuzzy) {
		return this.jdbc.sql("select cases.library_tsquery(cast(:config as regconfig), :q, :fuzzy)::text")
			.param("config", config)
			.param("q", text)
			.param("fuzzy", fuzzy)
			.query(String.class)
			.single();
	}

	void updateIndex() {
		this.index.catchUp();
	}

	/** Forgets every kept result; for measuring searches as if they were new. */
	void forgetResults() {
		this.results.invalidateAll();
		this.pages.invalidateAll();
		this.tsqueries.invalidateAll();
	}

	private long[] rankedIds(Filter filter, LibraryQuery query, int limit) {
		return filter
			.bind(this.jdbc.sql("select p.case_id from cases.library_entry p where " + filter.where() + " order by "
					+ order(query) + " limit :limit"))
			.param("limit", limit)
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
	}

	/**
	 * The total and every facet's counts in one statement over one scan of the matches:
	 * each entry carries its facet values as integer codes (migration V12), and the empty
	 * facet, once per entry, counts the matches.
	 */
	private Facets countFacets(Filter filter) {
		Map<String, List<LibraryPage.FacetValue>> facets = new LinkedHashMap<>();
		FACETS.forEach((facet) -> facets.put(facet, new ArrayList<>()));
		long[] total = new long[1];
		if (filter.params().isEmpty()) {
			// the whole library's counts are kept by the database (migration V7)
			this.jdbc.sql("select facet, value, n from cases.library_facet_total")
				.query((RowCallbackHandler) (rs) -> add(facets, total, rs.getString(1), rs.getString(2),
						rs.getLong(3)));
		}
		else {
			filter
				.bind(this.jdbc
					.sql("select f.facet, f.value, m.n from (select c, count(*) n from (select unnest(p.facet_codes) c"
							+ " from cases.library_entry p where " + filter.where() + ") x group by c) m"
							+ " join cases.library_facet_code f on f.code = m.c"))
				.query((RowCallbackHandler) (rs) -> add(facets, total, rs.getString(1), rs.getString(2),
						rs.getLong(3)));
		}
		return sorted(facets, total[0]);
	}

	/** The facets of the counts the search index found. */
	private static Facets facets(List<LibraryIndex.Counted> counted) {
		Map<String, List<LibraryPage.FacetValue>> facets = new LinkedHashMap<>();
		FACETS.forEach((facet) -> facets.put(facet, new ArrayList<>()));
		long[] total = new long[1];
		counted.forEach((value) -> add(facets, total, value.facet(), value.value(), value.count()));
		return sorted(facets, total[0]);
	}

	private static Facets sorted(Map<String, List<LibraryPage.FacetValue>> facets, long total) {
		Map<String, List<LibraryPage.FacetValue>> sorted = new LinkedHashMap<>();
		facets.forEach((facet, values) -> sorted.put(facet,
				values.stream()
					.sorted(Comparator.comparingLong(LibraryPage.FacetValue::count)
						.reversed()
						.thenComparing(LibraryPage.FacetValue::value))
					.toList()));
		return new Facets(total, java.util.Collections.unmodifiableMap(sorted));
	}

	private static void add(Map<String, List<LibraryPage.FacetValue>> facets, long[] total, String facet, String value,
			long count) {
		if (facet.isEmpty()) {
			total[0] = count;
		}
		else {
			List<LibraryPage.FacetValue> values = facets.get(facet);
			if (values != null) {
				values.add(new LibraryPage.FacetValue(value, count));
			}
		}
	}

	/** The rows of one page, in the order of the ranked ids. */
	private List<LibraryPage.Hit> rows(LibraryQuery query, String tsquery, long[] ids) {
		if (ids.length == 0) {
			return List.of();
		}
		Snippets.Words words = query.hasText() ? Snippets.words(tsquery) : null;
		Map<Long, LibraryPage.Hit> byId = new HashMap<>();
		this.jdbc.sql("select " + columns(query) + " from cases.published_case p where p.case_id = any(:ids)")
			.param("ids", Arrays.stream(ids).boxed().toArray(Long[]::new))
			.query((rs, row) -> hit(rs, words))
			.list()
			.forEach((hit) -> byId.put(hit.id(), hit));
		return inOrder(ids, byId);
	}

	/** The rows in the ranking's order; a case unpublished since simply drops out. */
	private static List<LibraryPage.Hit> inOrder(long[] ids, Map<Long, LibraryPage.Hit> byId) {
		return Arrays.stream(ids).mapToObj(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	/** A page beyond the kept ids, read with an offset. */
	private List<LibraryPage.Hit> deepPage(Filter filter, LibraryQuery query, long offset) {
		long[] ids = filter
			.bind(this.jdbc.sql("select p.case_id from cases.library_entry p where " + filter.where() + " order by "
					+ order(query) + " limit :limit offset :offset"))
			.param("limit", query.size())
			.param("offset", offset)
			.query(Long.class)
			.list()
			.stream()
			.mapToLong(Long::longValue)
			.toArray();
		return rows(query, filter.tsquery(), ids);
	}

	private static String columns(LibraryQuery query) {
		// the text only for a search with words: its snippet is made of it
		return "p.case_id, p.title, p.summary, p.organisation_name, p.country_code, p.practice_label,"
				+ " p.technologies, p.published_at, " + (query.hasText() ? "p.body_text" : "null") + " as body";
	}

	/** The order of a query over {@code cases.library_entry p}. */
	static String order(LibraryQuery query) {
		return switch (query.sort()) {
			case "relevance" -> "ts_rank(p.search_vector, " + TS_QUERY + ") desc, p.published_at desc, p.case_id desc";
			case "title" -> "p.title_key, p.case_id";
			default -> "p.published_at desc, p.case_id desc";
		};
	}

	private static LibraryPage.Hit hit(ResultSet rs, Snippets.@Nullable Words words) throws SQLException {
		String body = rs.getString("body");
		return new LibraryPage.Hit(rs.getLong("case_id"), rs.getString("title"), rs.getString("summary"),
				rs.getString("organisation_name"), rs.getString("country_code"), rs.getString("practice_label"),
				strings(rs.getArray("technologies")),
				(words != null && body != null && !body.isBlank()) ? Snippets.headline(body, words) : null,
				rs.getTimestamp("published_at").toInstant());
	}

	private static List<String> strings(Array array) throws SQLException {
		return (array != null) ? List.of((String[]) array.getArray()) : List.of();
	}

	/** A search without its page, in one generation of the library. */
	private record Key(long generation, String config, String q, String technology, String profession,
			String competence, String country, String careSetting, String label, Integer year, String sort,
			String trainingMethod, String trainingFormat) {
	}

	private record PageKey(Key key, long offset, int size) {
	}

	private record Words(String config, String q) {
	}

	private record KeptQuery(long generation, String tsquery) {
	}

	/** Bytes a page's rows hold, near enough: two a character and a little per row. */
	private static int weight(List<LibraryPage.Hit> hits) {
		int weight = 64;
		for (LibraryPage.Hit hit : hits) {
			weight += 128 + 2 * (length(hit.title()) + length(hit.summary()) + length(hit.organisationName())
					+ length(hit.snippetHtml()));
		}
		return weight;
	}

	private static int length(String text) {
		return (text != null) ? text.length() : 0;
	}

	private record Facets(long total, Map<String, List<LibraryPage.FacetValue>> values) {
	}

	/** The first ranked ids of a search and its facet counts. */
	private record Result(long[] ids, Facets facets, String tsquery) {

		boolean covers(long needed) {
			return this.ids.length >= needed || this.ids.length >= this.facets.total();
		}

		long[] page(long offset, int size) {
			int from = (int) Math.min(offset, this.ids.length);
			return Arrays.copyOfRange(this.ids, from, (int) Math.min(this.ids.length, offset + size));
		}

		int weight() {
			int facetValues = this.facets.values().values().stream().mapToInt(List::size).sum();
			return 256 + this.ids.length * 8 + facetValues * 64;
		}

	}

	/**
	 * The where clause of a query over {@code p} and its parameters; values are always
	 * bound, never concatenated. Both the library entry and the projection have these
	 * columns.
	 */
	record Filter(String where, Map<String, Object> params, String tsquery) {

		/**
		 * The filter of a query whose text is the given tsquery (see {@link #tsquery}).
		 */
		static Filter of(LibraryQuery query, String tsquery) {
			StringBuilder where = new StringBuilder("true");
			Map<String, Object> params = new LinkedHashMap<>();
			if (query.hasText()) {
				where.append(" and p.search_vector @@ " + TS_QUERY);
				params.put("tsq", tsquery);
			}
			// containment, not = any(...), so the GIN indexes of the arrays serve the
			// filter
			if (query.technology() != null) {
				where.append(" and p.technologies @> cast(array[:technology] as varchar(40)[])");
				params.put("technology", query.technology());
			}
			if (query.profession() != null) {
				where.append(" and p.professions @> cast(array[:profession] as varchar(40)[])");
				params.put("profession", query.profession());
			}
			if (query.competence() != null) {
				where.append(" and p.competences @> cast(array[:competence] as varchar(10)[])");
				params.put("competence", query.competence());
			}
			if (query.country() != null) {
				where.append(" and p.country_code = :country");
				params.put("country", query.country());
			}
			if (query.careSetting() != null) {
				where.append(" and p.care_setting = :careSetting");
				params.put("careSetting", query.careSetting());
			}
			if (query.label() != null) {
				where.append(" and p.practice_label = :label");
				params.put("label", query.label());
			}
			if (query.year() != null) {
				where.append(" and p.year = :year");
				params.put("year", query.year());
			}
			if (query.trainingMethod() != null) {
				where.append(" and p.training_methods @> cast(array[:trainingMethod] as varchar(30)[])");
				params.put("trainingMethod", query.trainingMethod());
			}
			if (query.trainingFormat() != null) {
				where.append(" and p.training_formats @> cast(array[:trainingFormat] as varchar(20)[])");
				params.put("trainingFormat", query.trainingFormat());
			}
			return new Filter(where.toString(), params, tsquery);
		}

		JdbcClient.StatementSpec bind(JdbcClient.StatementSpec statement) {
			this.params.forEach(statement::param);
			return statement;
		}

	}

}
