package eu.dhso.cases.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.sql.DataSource;

import eu.dhso.cases.CaseFixtures;
import eu.dhso.cases.domain.ConsentScope;
import eu.dhso.cases.workflow.CaseReview;
import eu.dhso.core.account.ObservatoryUser;
import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node's search index answers a search exactly as the database would, at the
 * library's generation the search reads, and follows every publication and archiving.
 */
@ObservatoryTest
class LibraryIndexTests {

	@Autowired
	CaseFixtures fixtures;

	@Autowired
	CaseReview review;

	@Autowired
	LibrarySearch search;

	@Autowired
	LibraryIndex index;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	PlatformTransactionManager transactions;

	@Test
	void theIndexFindsWhatTheDatabaseFindsAndCountsTheSameFacets() {
		ObservatoryUser lithuanian = this.fixtures.partner(this.fixtures.organisation("LT"));
		ObservatoryUser maltese = this.fixtures.partner(this.fixtures.organisation("MT"));
		ObservatoryUser editor = this.fixtures.editor();
		String word = "zi" + UUID.randomUUID().toString().substring(0, 8);
		String other = "zo" + UUID.randomUUID().toString().substring(0, 8);
		this.fixtures.published(lithuanian, editor, "Ward robots " + word, "Lessons on " + other, "ROBOTICS",
				ConsentScope.PUBLIC);
		this.fixtures.published(maltese, editor, "Records " + word + " and " + other, "x", "EHR", ConsentScope.PUBLIC);
		this.fixtures.published(lithuanian, editor, "Telehealth nurses", word + " " + word + " in the lessons",
				"TELEHEALTH", ConsentScope.ANONYMISED);
		this.fixtures.published(maltese, editor, "Robots alone " + other, "x", "ROBOTICS", ConsentScope.PUBLIC);

		List<LibraryQuery> queries = new ArrayList<>();
		for (String sort : List.of("relevance", "newest", "title")) {
			queries.add(query(word, null, null, sort));
			queries.add(query(word + " " + other, null, null, sort));
			queries.add(query(word + " or " + other, null, null, sort));
			queries.add(query(word + " -" + other, null, null, sort));
			queries.add(query(word, "ROBOTICS", null, sort));
			queries.add(query(word, "ROBOTICS", "LT", sort));
			queries.add(query(word + " or " + other, "ROBOTICS", "MT", sort));
			queries.add(query(word + " or " + other, null, "MT", sort));
			queries.add(query("robots " + other, null, null, sort));
		}
		queries.add(query(null, "ROBOTICS", null, "newest"));
		queries.add(query(null, null, "LT", "newest"));

		answeredAsTheDatabaseDoes(queries);
		// a word in the title ranks above the same word twice in the lessons
		LibraryPage ranked = this.search.search(query(word, null, null, "relevance"), Locale.ENGLISH);
		assertThat(ranked.hits()).extracting(LibraryPage.Hit::title).last().isEqualTo("Telehealth nurses");
	}

	@Test
	void aSearchAfterAPublicationOrAnArchivingFindsTheLibraryAsItIsNow() {
		ObservatoryUser partner = this.fixtures.partner(this.fixtures.organisation("LT"));
		ObservatoryUser editor = this.fixtures.editor();
		String word = "zn" + UUID.randomUUID().toString().substring(0, 8);
		Long first = this.fixtures.published(partner, editor, "First " + word, "x", "EHR", ConsentScope.PUBLIC);
		assertThat(idsServed(word)).containsExactly(first);
		Long second = this.fixtures.published(partner, editor, "Second " + word, "x", "EHR", ConsentScope.PUBLIC);
		assertThat(idsServed(word)).containsExactlyInAnyOrder(first, second);
		// the facet filters' matches are kept per segment (before and after the
		// archiving)
		assertThat(this.search.search(query(null, "EHR", "LT", "newest"), Locale.ENGLISH).hits())
			.extracting(LibraryPage.Hit::id)
			.contains(first, second);
		assertThat(this.index.keptFilters()).isPositive();
		// what the kept filters and searches hold is measured
		assertThat(this.index.cachedBytes()).isPositive();
		assertThat(this.search.cachedBytes()).isPositive();
		this.review.archive(first, editor, "Superseded");
		assertThat(idsServed(word)).containsExactly(second);
		assertThat(this.search.search(query(null, "EHR", "LT", "newest"), Locale.ENGLISH).hits())
			.extracting(LibraryPage.Hit::id)
			.contains(second)
			.doesNotContain(first);
	}

	@Test
	void aWarmedIndexAnswersAsBefore() throws Exception {
		ObservatoryUser partner = this.fixtures.partner(this.fixtures.organisation("LT"));
		ObservatoryUser editor = this.fixtures.editor();
		String word = "zw" + UUID.randomUUID().toString().substring(0, 8);
		Long published = this.fixtures.published(partner, editor, "Warm " + word, "x", "EHR", ConsentScope.PUBLIC);
		this.index.catchUp();
		long served = this.index.served();
		assertThat(this.index.warmCurrent()).isPositive();
		// warming searches are not readers' searches, and it keeps the facet filters
		assertThat(this.index.served()).isEqualTo(served);
		assertThat(this.index.keptFilters()).isPositive();
		assertThat(idsServed(word)).containsExactly(published);
		assertThat(this.search.search(query(word, "EHR", "LT", "relevance"), Locale.ENGLISH).hits())
			.extracting(LibraryPage.Hit::id)
			.containsExactly(published);
	}

	@Test
	void aNodeBehindThePrunedChangeLogRebuildsItsIndex() {
		ObservatoryUser partner = this.fixtures.partner(this.fixtures.organisation("LT"));
		ObservatoryUser editor = this.fixtures.editor();
		String word = "zr" + UUID.randomUUID().toString().substring(0, 8);
		Long first = this.fixtures.published(partner, editor, "First " + word, "x", "EHR", ConsentScope.PUBLIC);
		assertThat(idsServed(word)).containsExactly(first);
		Long second = this.fixtures.published(partner, editor, "Second " + word, "x", "EHR", ConsentScope.PUBLIC);
		// the second publication's changes are older than a day and pruned: the index
		// cannot replay them, so the database answers until the index is rebuilt
		this.jdbc.sql("update cases.library_change set changed_at = now() - interval '2 days'").update();
		this.index.prune();
		long served = this.index.served();
		assertThat(ids(this.search.search(query(word, null, null, "relevance"), Locale.ENGLISH)))
			.containsExactlyInAnyOrder(first, second);
		assertThat(this.index.served()).isEqualTo(served);
		this.index.catchUp();
		this.search.forgetResults();
		assertThat(idsServed(word)).containsExactlyInAnyOrder(first, second);
		assertThat(this.jdbc.sql("select count(*) from cases.library_change").query(Long.class).single()).isZero();
	}

	@Test
	void aWordInMostCasesIsCountedAsAllButTheOthersAndFoundAsTheDatabaseFindsIt() throws IOException {
		ObservatoryUser partner = this.fixtures.partner(this.fixtures.organisation("LT"));
		ObservatoryUser editor = this.fixtures.editor();
		String word = "zc" + UUID.randomUUID().toString().substring(0, 8);
		// more cases with the word than without, and some without it besides the
		// library's
		long others = this.jdbc.sql("select count(*) from cases.library_entry").query(Long.class).single();
		for (int i = 0; i < others + 5; i++) {
			this.fixtures.published(partner, editor, "Common " + word + " " + i, (i % 3 == 0) ? word : "x",
					(i % 2 == 0) ? "EHR" : "ROBOTICS", ConsentScope.PUBLIC);
		}
		for (int i = 0; i < 2; i++) {
			this.fixtures.published(partner, editor, "Rare " + i, "x", "EHR", ConsentScope.PUBLIC);
		}
		this.index.catchUp();
		LibraryIndex.Frequent common = this.index.frequency(word);
		assertThat(common.cases() * 2L).as("'%s' is in most cases", word).isGreaterThan(common.of());
		List<LibraryQuery> queries = new ArrayList<>();
		for (String sort : List.of("relevance", "newest", "title")) {
			queries.add(query(word, null, null, sort));
		}
		queries.add(query(word, "EHR", null, "newest"));
		answeredAsTheDatabaseDoes(queries);
		assertThat(this.index.segmentsCountedWhole()).as("counted as all but the others").isPositive();
	}

	@Test
	void aPhraseIsLeftToTheDatabase() {
		ObservatoryUser partner = this.fixtures.partner(this.fixtures.organisation("LT"));
		ObservatoryUser editor = this.fixtures.editor();
		String word = "zp" + UUID.randomUUID().toString().substring(0, 8);
		Long id = this.fixtures.published(partner, editor, "Night shift " + word, "x", "EHR", ConsentScope.PUBLIC);
		long served = this.index.served();
		assertThat(this.search.search(query("\"shift " + word + "\"", null, null, "relevance"), Locale.ENGLISH).hits())
			.extracting(LibraryPage.Hit::id)
			.containsExactly(id);
		assertThat(this.index.served()).isEqualTo(served);
	}

	@Test
	void onlyLexemesJoinedByAndOrAndNotAreTranslated() {
		assertThat(IndexedQuery.of("'a' & !( 'b' | 'it''s' )")).hasToString("+lexeme:a -(lexeme:b lexeme:it's)");
		assertThat(IndexedQuery.of("'a' <-> 'b'")).isNull();
		assertThat(IndexedQuery.of("'a' & 'b' <2> 'c'")).isNull();
		assertThat(IndexedQuery.of("'a':*")).isNull();
		assertThat(IndexedQuery.of("'a':AB")).isNull();
		assertThat(IndexedQuery.of("")).isNull();
	}

	private void answeredAsTheDatabaseDoes(List<LibraryQuery> queries) {
		LibrarySearch database = new LibrarySearch(this.jdbc,
				new LibraryIndex(this.jdbc, this.dataSource, this.transactions, false), 1, 1);
		TransactionTemplate snapshot = new TransactionTemplate(this.transactions);
		snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
		for (LibraryQuery query : queries) {
			long served = this.index.served();
			LibraryPage indexed = this.search.search(query, Locale.ENGLISH);
			assertThat(this.index.served()).as("answered by the index: %s", query).isGreaterThan(served);
			LibraryPage counted = snapshot.execute((status) -> database.search(query, Locale.ENGLISH));
			assertThat(indexed.total()).as("total of %s", query).isEqualTo(counted.total());
			assertThat(counts(indexed)).as("facets of %s", query).isEqualTo(counts(counted));
			if (!query.sort().equals("relevance")) {
				assertThat(ids(indexed)).as("order of %s", query).isEqualTo(ids(counted));
			}
			else {
				assertThat(ids(indexed)).as("hits of %s", query).containsExactlyInAnyOrderElementsOf(ids(counted));
			}
		}
	}

	private List<Long> idsServed(String word) {
		long served = this.index.served();
		List<Long> ids = ids(this.search.search(query(word, null, null, "relevance"), Locale.ENGLISH));
		assertThat(this.index.served()).as("answered by the index").isGreaterThan(served);
		return ids;
	}

	private static LibraryQuery query(String q, String technology, String country, String sort) {
		return new LibraryQuery(q, technology, null, null, country, null, null, null, sort, 0, 100);
	}

	private static List<Long> ids(LibraryPage page) {
		return page.hits().stream().map(LibraryPage.Hit::id).toList();
	}

	private static Map<String, Long> counts(LibraryPage page) {
		Map<String, Long> counts = new TreeMap<>();
		page.facets()
			.forEach((facet, values) -> values
				.forEach((value) -> counts.put(facet + "/" + value.value(), value.count())));
		return counts;
	}

}
