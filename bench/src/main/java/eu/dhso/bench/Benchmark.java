package eu.dhso.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import eu.dhso.ObservatoryApplication;
import eu.dhso.cases.library.PublishedCases;
import eu.dhso.core.config.BoundedCache;

import javax.sql.DataSource;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starts the observatory on an embedded PostgreSQL under {@code target/}, fills it with
 * observatory-scale data, drives a bounded load against localhost and prints one table.
 * Throughput is also given as a ratio to the baseline page, which holds on a noisy
 * machine.
 */
public final class Benchmark {

	static final String PROFESSIONAL = "professional";

	/** The page without SQL in the mix. */
	static final String SIGN_IN = "sign-in page";

	static final String PROFESSIONAL_PASSWORD = "skills-compass-58";

	static final String ADMIN = "admin";

	static final String ADMIN_PASSWORD = "lighthouse-harbour-42";

	/** Audit entries generated: more than a thousand pages of the audit log. */
	static final int AUDIT_ENTRIES = 60_000;

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		int users = Integer.getInteger("bench.users", 50);
		int seconds = Integer.getInteger("bench.seconds", 60);
		int cases = Integer.getInteger("bench.cases", 100_000);
		int assessments = Integer.getInteger("bench.assessments", 20_000);
		int cohorts = Integer.getInteger("bench.cohorts", 200);
		long seed = Long.getLong("bench.seed", 20261126L);
		Path data = Path.of(System.getProperty("bench.data", "target/bench-db")).toAbsolutePath();

		ConfigurableApplicationContext app = new SpringApplicationBuilder(ObservatoryApplication.class)
			.profiles("bench")
			// Command-line arguments outrank application.yml, whose port is fixed.
			.run(concat(new String[] { "--dhso.database.data-directory=" + data, "--dhso.demo-data=true",
					"--server.port=0", "--spring.datasource.hikari.maximum-pool-size=20", "--logging.level.root=warn",
					"--server.tomcat.threads.max=100" }, args));
		try {
			int port = ((WebServerApplicationContext) app).getWebServer().getPort();
			JdbcClient jdbc = app.getBean(JdbcClient.class);
			generate(app, jdbc, data, seed, cases, assessments, cohorts);
			long indexing = System.nanoTime();
			app.getBean(PublishedCases.class).updateSearchIndex();
			System.out.printf("  library search index up to date in %d ms%n",
					(System.nanoTime() - indexing) / 1_000_000);

			List<Long> caseIds = jdbc.sql("select case_id from cases.published_case order by case_id")
				.query(Long.class)
				.list();
			List<String> technologies = weightedCodes(ObservatoryDataGenerator.TECHNOLOGY_WEIGHTS);
			List<String> countries = weightedCodes(ObservatoryDataGenerator.COUNTRY_WEIGHTS);
			List<LoadDriver.Scenario> mix = mix(caseIds, technologies, countries);
			LoadDriver driver = new LoadDriver(port, seed);
			// the same load first, unmeasured, as web benchmarks prime and warm each test
			// at
			// its concurrency: with 4 users for 15 s the first run measured the JIT still
			// compiling, the search pages most
			int warmUsers = Integer.getInteger("bench.warmup.users", users);
			int warmSeconds = Integer.getInteger("bench.warmup.seconds", Math.min(60, seconds));
			System.out.printf("Warm-up: %d users, %d s%n", warmUsers, warmSeconds);
			driver.run(mix, warmUsers, Duration.ofSeconds(warmSeconds), PROFESSIONAL, PROFESSIONAL_PASSWORD);
			BenchConfiguration.StatementCounts counts = app.getBean(BenchConfiguration.StatementCounts.class);
			counts.clear();
			System.out.printf("Load: %d users, %d s%n", users, seconds);
			Map<String, LoadDriver.Measurement> results = driver.run(mix, users, Duration.ofSeconds(seconds),
					PROFESSIONAL, PROFESSIONAL_PASSWORD);

			// Deep pages one request at a time, without load: offset paging must not grow
			// with the page number.
			Map<String, Double> listings = new LinkedHashMap<>();
			listings.put("library page 1", driver.medianMillis("library page 1", "/cases?page=0", 20, null, null));
			listings.put("library page 1000",
					driver.medianMillis("library page 1000", "/cases?page=999", 20, null, null));
			listings.put("audit log page 1",
					driver.medianMillis("audit log page 1", "/admin/audit?page=0", 20, ADMIN, ADMIN_PASSWORD));
			listings.put("audit log page 1000",
					driver.medianMillis("audit log page 1000", "/admin/audit?page=999", 20, ADMIN, ADMIN_PASSWORD));

			ResultTable.Heap heap = heapAfterGc(app);
			ResultTable.SecondRun second = null;
			if (Boolean.parseBoolean(System.getProperty("bench.second-run", "true"))) {
				// the same load again in the same process: what the first run left behind
				// must not grow
				System.out.printf("Second run: %d users, %d s%n", users, seconds);
				Map<String, LoadDriver.Measurement> again = driver.run(mix, users, Duration.ofSeconds(seconds),
						PROFESSIONAL, PROFESSIONAL_PASSWORD);
				second = new ResultTable.SecondRun(again, heapAfterGc(app));
			}
			new ResultTable(results, counts, listings, seconds, users, heap, Runtime.getRuntime().maxMemory(), second)
				.print(System.out);
		}
		finally {
			app.close();
		}
	}

	private static void generate(ConfigurableApplicationContext app, JdbcClient jdbc, Path data, long seed, int cases,
			int assessments, int cohorts) {
		ObservatoryDataGenerator generator = new ObservatoryDataGenerator(jdbc, app.getBean(DataSource.class),
				new TransactionTemplate(app.getBean(PlatformTransactionManager.class)), seed,
				data.resolveSibling(data.getFileName() + "-pending-indexes.sql"));
		long started = System.nanoTime();
		System.out.printf("%nData (seed %d): adding what is missing%n", seed);
		int addedCases = generator.cases(cases);
		long casesDone = System.nanoTime();
		int addedAssessments = generator.assessments(assessments, 50);
		long assessmentsDone = System.nanoTime();
		int addedCohorts = generator.cohorts(cohorts);
		int addedAudit = generator.auditEntries(AUDIT_ENTRIES);
		if (addedCases + addedAssessments + addedCohorts + addedAudit > 0) {
			// as autovacuum would have by the time such a library is searched:
			// statistics,
			// and the visibility map that lets index-only scans skip the rows
			jdbc.sql("vacuum analyze").update();
		}
		System.out.printf(
				"  added %,d cases in %d s, %,d assessments in %d s, %,d cohorts, %,d audit entries;"
						+ " %d s in all%n",
				addedCases, seconds(casesDone - started), addedAssessments, seconds(assessmentsDone - casesDone),
				addedCohorts, addedAudit, seconds(System.nanoTime() - started));
		System.out.printf(
				"  now: %,d published cases, %,d submitted assessments with %,d answers, %,d skills-map"
						+ " summary rows, %,d cohorts with %,d participants, %,d audit entries%n",
				count(jdbc, "select count(*) from cases.published_case"),
				count(jdbc, "select count(*) from skills.assessment where status = 'SUBMITTED'"),
				count(jdbc, "select count(*) from skills.answer"),
				count(jdbc, "select count(*) from skills.map_summary"), count(jdbc, "select count(*) from lab.cohort"),
				count(jdbc, "select count(*) from lab.enrolment"),
				count(jdbc, "select count(*) from core.audit_entry"));
		System.out.printf("  library countries: %s%n", generator.topShares("cases.published_case", "country_code", 8));
		System.out.printf("  library technologies: %s%n",
				generator.topShares("cases.published_case, unnest(technologies) t", "t", 6));
		System.out.printf("  respondents' professions: %s%n",
				generator.topShares("skills.assessment where status = 'SUBMITTED'", "profession_code", 6));
		long[] map = generator.skillsMapAgreement();
		if (map[0] != map[1]) {
			throw new IllegalStateException("the skills map's summary counts " + map[0] + " self-ratings, the answers "
					+ map[1] + ": run select skills.map_rebuild()");
		}
		System.out.printf("  skills-map summary agrees with the answers: %,d self-ratings%n", map[0]);
	}

	/**
	 * What 50 users do: three kinds of library search, a case page, the public skills
	 * map, the professional's signed-in page, the sign-in page and the baseline, chosen
	 * uniformly.
	 */
	private static List<LoadDriver.Scenario> mix(List<Long> caseIds, List<String> technologies,
			List<String> countries) {
		// Visitors search for any word of the texts, frequent or rare.
		List<String> words = ObservatoryDataGenerator.VOCABULARY;
		return List.of(
				new LoadDriver.Scenario("search: text", false,
						(random) -> "/cases?q=" + words.get(random.nextInt(words.size()))),
				new LoadDriver.Scenario("search: text+facets", false,
						(random) -> "/cases?q=" + words.get(random.nextInt(words.size())) + "&technology="
								+ pick(random, technologies) + "&country=" + pick(random, countries)),
				new LoadDriver.Scenario("search: facets", false,
						(random) -> "/cases?technology=" + pick(random, technologies) + "&country="
								+ pick(random, countries)),
				new LoadDriver.Scenario("case page", false,
						(random) -> "/cases/" + caseIds.get(random.nextInt(caseIds.size()))),
				new LoadDriver.Scenario("skills map", false, (random) -> "/skills/map/public"),
				new LoadDriver.Scenario("signed-in dashboard", true, (random) -> "/skills/assessments"),
				new LoadDriver.Scenario(SIGN_IN, false, (random) -> "/login"),
				new LoadDriver.Scenario("baseline", false, (random) -> "/bench/baseline"));
	}

	private static String pick(Random random, List<String> weighted) {
		return weighted.get(random.nextInt(weighted.size()));
	}

	/** Each code as often as its weight, so facets are chosen as the data is spread. */
	private static List<String> weightedCodes(Map<String, Integer> weights) {
		List<String> codes = new ArrayList<>();
		weights.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.forEach((e) -> codes.addAll(java.util.Collections.nCopies(e.getValue(), e.getKey())));
		return codes;
	}

	private static ResultTable.Heap heapAfterGc(ConfigurableApplicationContext app) {
		System.gc();
		long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		long cached = app.getBeansOfType(BoundedCache.class)
			.values()
			.stream()
			.mapToLong(BoundedCache::cachedBytes)
			.sum();
		return new ResultTable.Heap(used, cached);
	}

	private static long count(JdbcClient jdbc, String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	private static long seconds(long nanos) {
		return Duration.ofNanos(nanos).toSeconds();
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

}
