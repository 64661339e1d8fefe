package eu.dhso.cases.library;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import javax.sql.DataSource;

import eu.dhso.core.testsupport.ObservatoryTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Not a timed test: loads 100,000 synthetic published cases and prints p50/p95 of library
 * searches and the SQL statements one library page costs at page sizes 10, 50 and 100.
 * Run on request: {@code ./mvnw -pl case-library -am verify -Dcases.excludedGroups=none
 * -Dtest=LibrarySearchBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ObservatoryTest
@Tag("benchmark")
@Import(LibrarySearchBenchmark.StatementCounting.class)
class LibrarySearchBenchmark {

	/** 100,000 unless {@code -Dlibrary.cases} says otherwise (e.g. 1000000). */
	static final int CASES = Integer.getInteger("library.cases", 100_000);

	static final int ROUNDS = 60;

	static final AtomicLong statements = new AtomicLong();

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PublishedCases library;

	@Autowired
	LibrarySearch search;

	@Autowired
	MockMvc mvc;

	@Test
	void librarySearchesOnOneHundredThousandCases() throws Exception {
		long started = System.nanoTime();
		int added = new SyntheticLibrary(this.jdbc).load(CASES);
		long published = this.jdbc.sql("select count(*) from cases.published_case").query(Long.class).single();
		System.out.printf("library benchmark: %d cases added, %d published in all, in %d ms%n", added, published,
				(System.nanoTime() - started) / 1_000_000);
		// a change this large is indexed in the background; measure once it is done
		started = System.nanoTime();
		this.library.updateSearchIndex();
		System.out.printf("library benchmark: search index brought up to date in %d ms%n",
				(System.nanoTime() - started) / 1_000_000);
		List<String> words = SyntheticLibrary.VOCABULARY;
		List<String> technologies = this.jdbc.sql("select code from core.technology order by sort_order")
			.query(String.class)
			.list();
		List<String> countries = this.jdbc.sql("select code from core.country where partner order by sort_order")
			.query(String.class)
			.list();
		// words from the frequent to the rare end of the vocabulary
		IntFunction<String> word = (i) -> words.get((i * 37) % words.size());
		// the goal of the library: a first search of its most common word, facets counted
		measure("most common word",
				(i) -> new LibraryQuery(words.get(0), null, null, null, null, null, null, null, null, 0));
		measure("most common word, newest first",
				(i) -> new LibraryQuery(words.get(0), null, null, null, null, null, null, null, "newest", 0));
		measure("most common word, title order (the database)",
				(i) -> new LibraryQuery(words.get(0), null, null, null, null, null, null, null, "title", 0));
		measure("text only", (i) -> new LibraryQuery(word.apply(i), null, null, null, null, null, null, null, null, 0));
		measure("text + technology + country",
				(i) -> new LibraryQuery(word.apply(i), technologies.get(i % technologies.size()), null, null,
						countries.get(i % countries.size()), null, null, null, null, 0));
		measure("technology + country, no text",
				(i) -> new LibraryQuery(null, technologies.get(i % technologies.size()), null, null,
						countries.get(i % countries.size()), null, null, null, null, 0));
		measure("no filter at all", (i) -> LibraryQuery.all());

		List<Long> perPage = new ArrayList<>();
		for (int size : List.of(10, 50, 100)) {
			this.mvc.perform(get("/cases").param("q", "patient").param("size", String.valueOf(size)))
				.andExpect(status().isOk());
			statements.set(0);
			this.mvc.perform(get("/cases").param("q", "patient").param("size", String.valueOf(size)))
				.andExpect(status().isOk());
			perPage.add(statements.get());
			System.out.printf("library benchmark: /cases?q=patient&size=%d: %d SQL statements%n", size,
					statements.get());
		}
		assertThat(perPage).containsOnly(perPage.get(0));
	}

	/**
	 * Each query first as a new search (no kept result), then its next page as a known
	 * search, which is what a visitor paging, sorting back or sharing a link costs.
	 */
	private void measure(String label, IntFunction<LibraryQuery> queries) {
		for (int i = 0; i < 5; i++) {
			this.search.forgetResults();
			this.library.search(queries.apply(i));
		}
		List<Long> first = new ArrayList<>();
		List<Long> known = new ArrayList<>();
		long hits = 0;
		for (int i = 0; i < ROUNDS; i++) {
			LibraryQuery query = queries.apply(i);
			this.search.forgetResults();
			long start = System.nanoTime();
			hits += this.library.search(query).total();
			first.add((System.nanoTime() - start) / 1_000);
			LibraryQuery next = new LibraryQuery(query.q(), query.technology(), query.profession(), query.competence(),
					query.country(), query.careSetting(), query.label(), query.year(), query.sort(), 1, query.size());
			start = System.nanoTime();
			this.library.search(next);
			known.add((System.nanoTime() - start) / 1_000);
		}
		System.out.printf(
				"library benchmark: %s: new search p50 %.1f ms, p95 %.1f ms; known search (next page)"
						+ " p50 %.1f ms, p95 %.1f ms; mean %d matches (%d rounds)%n",
				label, percentile(first, 50), percentile(first, 95), percentile(known, 50), percentile(known, 95),
				hits / ROUNDS, ROUNDS);
	}

	private static double percentile(List<Long> micros, int percent) {
		List<Long> sorted = new ArrayList<>(micros);
		Collections.sort(sorted);
		return sorted.get((int) Math.ceil(sorted.size() * percent / 100.0) - 1) / 1000.0;
	}

	/** Counts every statement the application prepares, whatever issues it. */
	@TestConfiguration(proxyBeanMethods = false)
	static class StatementCounting {

		@Bean
		static BeanPostProcessor statementCountingDataSource() {
			return new BeanPostProcessor() {

				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
						return new DelegatingDataSource(dataSource) {

							@Override
							public Connection getConnection() throws SQLException {
								return counting(super.getConnection());
							}

						};
					}
					return bean;
				}

			};
		}

		static Connection counting(Connection connection) {
			InvocationHandler handler = (proxy, method, args) -> {
				if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
					statements.incrementAndGet();
				}
				try {
					return method.invoke(connection, args);
				}
				catch (InvocationTargetException ex) {
					throw ex.getCause();
				}
			};
			return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
					new Class<?>[] { Connection.class }, handler);
		}

	}

}
