package eu.dhso.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import eu.dhso.ObservatoryApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Starts the observatory on an embedded PostgreSQL under {@code target/}, fills it with
 * observatory-scale data, drives a bounded load against localhost and prints one table.
 * Throughput is also given as a ratio to the baseline page, which holds on a noisy
 * machine.
 */
public final class Benchmark {

	private Benchmark() {
	}

	public static void main(String[] args) throws Exception {
		int users = Integer.getInteger("bench.users", 50);
		int seconds = Integer.getInteger("bench.seconds", 60);
		int cases = Integer.getInteger("bench.cases", 100_000);
		int assessments = Integer.getInteger("bench.assessments", 20_000);
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
			JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
			ObservatoryDataGenerator generator = new ObservatoryDataGenerator(jdbc, seed);
			long started = System.nanoTime();
			generator.cases(cases);
			generator.assessments(assessments, 50);
			jdbc.execute("analyze");
			System.out.printf("%nData: %,d published cases, %,d submitted assessments, %,d answers (filled in %d s)%n",
					jdbc.queryForObject("select count(*) from cases.published_case", Long.class),
					jdbc.queryForObject("select count(*) from skills.assessment where status = 'SUBMITTED'",
							Long.class),
					jdbc.queryForObject("select count(*) from skills.answer", Long.class),
					Duration.ofNanos(System.nanoTime() - started).toSeconds());

			List<Long> caseIds = jdbc
				.queryForList("select case_id from cases.published_case order by case_id limit 5000", Long.class);
			String[] words = ObservatoryDataGenerator.WORDS;
			List<LoadDriver.Scenario> mix = List.of(
					new LoadDriver.Scenario("library search", false,
							(random) -> "/cases?q=" + words[random.nextInt(words.length)]),
					new LoadDriver.Scenario("case page", false,
							(random) -> "/cases/" + caseIds.get(random.nextInt(caseIds.size()))),
					new LoadDriver.Scenario("public skills map", false, (random) -> "/skills/map/public"),
					new LoadDriver.Scenario("signed-in dashboard", true, (random) -> "/skills/assessments"),
					new LoadDriver.Scenario("baseline", false, (random) -> "/bench/baseline"));
			LoadDriver driver = new LoadDriver(port, seed);
			// Warm-up: compile the hot paths before measuring.
			driver.run(mix, 4, Duration.ofSeconds(Math.min(15, seconds)), "professional", "skills-compass-58");
			BenchConfiguration.StatementCounts counts = app.getBean(BenchConfiguration.StatementCounts.class);
			counts.statements.clear();
			counts.requests.clear();
			Map<String, LoadDriver.Measurement> results = driver.run(mix, users, Duration.ofSeconds(seconds),
					"professional", "skills-compass-58");
			long firstPage = driver.medianMillis("/cases?page=0", 20);
			long farPage = driver.medianMillis("/cases?page=999", 20);
			System.gc();
			long heap = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
			print(results, counts, seconds, users, firstPage, farPage, heap);
		}
		finally {
			app.close();
		}
	}

	private static String[] concat(String[] first, String[] second) {
		String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
		System.arraycopy(second, 0, all, first.length, second.length);
		return all;
	}

	private static void print(Map<String, LoadDriver.Measurement> results, BenchConfiguration.StatementCounts counts,
			int seconds, int users, long firstPage, long farPage, long heap) {
		// Every user picks pages uniformly, so request counts are alike; what the server
		// can
		// serve of each page is set by its time under the same load.
		double baseline = results.get("baseline").meanMillis();
		System.out.printf("%n%d users, %d s, localhost%n", users, seconds);
		System.out.printf("%-20s %9s %8s %8s %8s %8s %7s %9s %6s%n", "page", "requests", "req/s", "p50 ms", "p95 ms",
				"p99 ms", "errors", "x baseline", "SQL");
		results.forEach((page, m) -> {
			double throughput = m.nanos.size() / (double) seconds;
			System.out.printf("%-20s %9d %8.1f %8d %8d %8d %7d %9.2f %6.1f%n", page, m.nanos.size(), throughput,
					m.percentileMillis(50), m.percentileMillis(95), m.percentileMillis(99), m.errors,
					(m.meanMillis() > 0) ? baseline / m.meanMillis() : 0, counts.perRequest(page));
		});
		System.out.printf("library listing, one request at a time: page 1 %d ms, page 1000 %d ms (%.2fx)%n", firstPage,
				farPage, (firstPage > 0) ? farPage / (double) firstPage : 0);
		System.out.printf("heap used after the run (after GC): %d MB%n%n", heap / (1024 * 1024));
	}

}
