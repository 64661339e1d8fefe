package eu.dhso.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The benchmark's report: one row per page of the mix, the deep-page probes, the heap,
 * and whether each target of the issue is met.
 */
class ResultTable {

	static final long P95_TARGET_MILLIS = 200;

	/** Every page: at least half the baseline's throughput. */
	static final double PAGE_TARGET = 0.5;

	/** A page without SQL: the layout, security and links cost nearly nothing. */
	static final double NO_SQL_TARGET = 0.8;

	static final long HEAP_TARGET_MB = 256;

	static final double DEEP_PAGE_TARGET = 2.0;

	/**
	 * The heap outside the bounded caches after a second run of the same load may exceed
	 * the first's by this share at most. The caches still take in searches the first run
	 * did not make until they reach their bounds, which they keep; a leak grows with
	 * every request.
	 */
	static final double HEAP_GROWTH_TARGET = 0.10;

	private final Map<String, LoadDriver.Measurement> results;

	private final BenchConfiguration.StatementCounts counts;

	private final Map<String, Double> listings;

	private final int seconds;

	private final int users;

	private final Heap heap;

	private final long maxHeap;

	private final SecondRun second;

	ResultTable(Map<String, LoadDriver.Measurement> results, BenchConfiguration.StatementCounts counts,
			Map<String, Double> listings, int seconds, int users, Heap heap, long maxHeap, SecondRun second) {
		this.results = results;
		this.counts = counts;
		this.listings = listings;
		this.seconds = seconds;
		this.users = users;
		this.heap = heap;
		this.maxHeap = maxHeap;
		this.second = second;
	}

	/**
	 * How many of this page the server serves in the time of one baseline page. With
	 * every user in a closed loop, a page alone would run at users / mean latency, so the
	 * ratio of throughputs is the inverse ratio of mean latencies under the same load.
	 */
	double xBaseline(String page) {
		return xBaseline(this.results, page);
	}

	private static double xBaseline(Map<String, LoadDriver.Measurement> run, String page) {
		double mean = run.get(page).meanMillis();
		return (mean > 0) ? run.get("baseline").meanMillis() / mean : 0;
	}

	void print(PrintStream out) {
		out.printf("%n%d users, %d s, localhost; x baseline = this page's throughput / the baseline's%n", this.users,
				this.seconds);
		Verdicts first = rows(out, this.results);
		long errors = first.errors();
		List<String> slow = first.slow();
		String slowestPage = first.slowestPage();
		out.println();
		out.printf("%-22s %8s %7s%n", "listing, one at a time", "p50 ms", "SQL/req");
		this.listings
			.forEach((page, millis) -> out.printf("%-22s %8.1f %7.1f%n", page, millis, this.counts.perRequest(page)));
		out.printf("heap used after the run (after a GC): %d MB of %d MB, the bounded caches about %d MB of it%n",
				megabytes(this.heap.used()), megabytes(this.maxHeap), megabytes(this.heap.cached()));
		out.println();

		out.printf("target 0 errors: %s (%d)%n", verdict(errors == 0), errors);
		this.results
			.forEach((page, m) -> m.causes().forEach((cause, n) -> out.printf("  %s: %d x %s%n", page, n, cause)));
		out.printf("target p95 <= %d ms per page: %s%s%n", P95_TARGET_MILLIS, verdict(slow.isEmpty()),
				slow.isEmpty() ? "" : " (over: " + String.join(", ", slow) + ")");
		if (slowestPage != null) {
			out.printf("target every page >= %.1fx baseline: %s (slowest: %s, %.2fx)%n", PAGE_TARGET,
					verdict(xBaseline(slowestPage) >= PAGE_TARGET), slowestPage, xBaseline(slowestPage));
		}
		if (this.results.containsKey(Benchmark.SIGN_IN)) {
			out.printf("target %s >= %.1fx baseline: %s (%.2fx)%n", Benchmark.SIGN_IN, NO_SQL_TARGET,
					verdict(xBaseline(Benchmark.SIGN_IN) >= NO_SQL_TARGET), xBaseline(Benchmark.SIGN_IN));
		}
		out.printf("target heap after the run <= %d MB: %s (%d MB)%n", HEAP_TARGET_MB,
				verdict(this.heap.used() <= HEAP_TARGET_MB * 1024 * 1024), megabytes(this.heap.used()));
		deepPage(out, "library");
		deepPage(out, "audit log");
		if (this.second != null) {
			out.printf("%nSecond run of the same load in the same process (the JIT warmer):%n");
			Verdicts again = rows(out, this.second.results());
			out.printf("heap used after the second run (after a GC): %d MB, the bounded caches about %d MB of it%n",
					megabytes(this.second.heap().used()), megabytes(this.second.heap().cached()));
			out.printf(
					"second run: 0 errors %s (%d); p95 <= %d ms per page %s%s; every page >= %.1fx baseline %s"
							+ " (slowest: %s, %.2fx)%n",
					verdict(again.errors() == 0), again.errors(), P95_TARGET_MILLIS, verdict(again.slow().isEmpty()),
					again.slow().isEmpty() ? "" : " (over: " + String.join(", ", again.slow()) + ")", PAGE_TARGET,
					verdict(xBaseline(this.second.results(), again.slowestPage()) >= PAGE_TARGET), again.slowestPage(),
					xBaseline(this.second.results(), again.slowestPage()));
			long outside = this.heap.outsideCaches();
			long grown = this.second.heap().outsideCaches() - outside;
			double growth = grown / (double) outside;
			out.printf(
					"target no heap growth between two runs outside the bounded caches (within %.0f%%): %s (%+d MB,"
							+ " %+.1f%%; the whole heap %+d MB, the caches %+d MB)%n",
					HEAP_GROWTH_TARGET * 100, verdict(growth <= HEAP_GROWTH_TARGET), megabytes(grown), growth * 100,
					megabytes(this.second.heap().used() - this.heap.used()),
					megabytes(this.second.heap().cached() - this.heap.cached()));
		}
		out.println();
	}

	/** One row per page of a run; what the targets need of it. */
	private Verdicts rows(PrintStream out, Map<String, LoadDriver.Measurement> run) {
		out.printf("%-22s %8s %7s %7s %7s %7s %6s %10s %7s%n", "page", "requests", "req/s", "p50 ms", "p95 ms",
				"p99 ms", "errors", "x baseline", "SQL/req");
		long errors = 0;
		List<String> slow = new ArrayList<>();
		String slowestPage = null;
		for (Map.Entry<String, LoadDriver.Measurement> row : run.entrySet()) {
			String page = row.getKey();
			LoadDriver.Measurement m = row.getValue();
			out.printf("%-22s %8d %7.1f %7d %7d %7d %6d %10.2f %7.1f%n", page, m.count(),
					m.count() / (double) this.seconds, m.percentileMillis(50), m.percentileMillis(95),
					m.percentileMillis(99), m.errors(), xBaseline(run, page), this.counts.perRequest(page));
			errors += m.errors();
			if (m.percentileMillis(95) > P95_TARGET_MILLIS) {
				slow.add(page);
			}
			if (slowestPage == null || xBaseline(run, page) < xBaseline(run, slowestPage)) {
				slowestPage = page;
			}
		}
		return new Verdicts(errors, slow, slowestPage);
	}

	private record Verdicts(long errors, List<String> slow, String slowestPage) {
	}

	private void deepPage(PrintStream out, String listing) {
		Double first = this.listings.get(listing + " page 1");
		Double deep = this.listings.get(listing + " page 1000");
		if (first == null || deep == null || first <= 0) {
			return;
		}
		double ratio = deep / first;
		out.printf("target %s page 1000 <= %.0fx page 1: %s (%.2fx)%n", listing, DEEP_PAGE_TARGET,
				verdict(ratio <= DEEP_PAGE_TARGET), ratio);
	}

	/** The same load run again in the same process, and the heap after it. */
	record SecondRun(Map<String, LoadDriver.Measurement> results, Heap heap) {
	}

	/**
	 * The heap used after a run (after a GC), and how much of it the bounded caches hold
	 * by their own estimates.
	 */
	record Heap(long used, long cached) {

		long outsideCaches() {
			return this.used - this.cached;
		}

	}

	private static long megabytes(long bytes) {
		return Math.round(bytes / (1024.0 * 1024));
	}

	private static String verdict(boolean met) {
		return met ? "met" : "NOT met";
	}

}
