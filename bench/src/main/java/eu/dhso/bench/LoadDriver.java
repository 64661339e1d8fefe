package eu.dhso.bench;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Closed-loop load on localhost: a fixed pool of simulated users, each sending its next
 * request as soon as the last one answered, for a bounded time. Java 17 has no virtual
 * threads, so each user is a platform thread.
 */
class LoadDriver {

	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	/**
	 * A page of the mix: its name and, per user and random source, the path to request.
	 */
	record Scenario(String name, boolean signedIn, Function<Random, String> path) {

	}

	/** What one page measured: the time of every answered request, and the failures. */
	static final class Measurement {

		private final List<Long> nanos = Collections.synchronizedList(new ArrayList<>());

		private final LongAdder errors = new LongAdder();

		/** Failures by cause: the status answered, or the exception. */
		private final Map<String, LongAdder> causes = new ConcurrentHashMap<>();

		void error(String cause) {
			this.errors.increment();
			this.causes.computeIfAbsent(cause, (c) -> new LongAdder()).increment();
		}

		Map<String, Long> causes() {
			Map<String, Long> causes = new TreeMap<>();
			this.causes.forEach((cause, n) -> causes.put(cause, n.sum()));
			return causes;
		}

		void add(long nanos) {
			this.nanos.add(nanos);
		}

		int count() {
			return this.nanos.size();
		}

		long errors() {
			return this.errors.sum();
		}

		double meanMillis() {
			synchronized (this.nanos) {
				return this.nanos.stream().mapToLong(Long::longValue).average().orElse(0) / 1_000_000.0;
			}
		}

		long percentileMillis(double percentile) {
			return Math.round(percentileNanos(percentile) / 1_000_000.0);
		}

		double percentileNanos(double percentile) {
			List<Long> sorted;
			synchronized (this.nanos) {
				sorted = new ArrayList<>(this.nanos);
			}
			if (sorted.isEmpty()) {
				return 0;
			}
			Collections.sort(sorted);
			int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
			return sorted.get(Math.max(index, 0));
		}

	}

	private final int port;

	private final long seed;

	/** Runs made so far: each run draws requests of its own. */
	private int runs;

	LoadDriver(int port, long seed) {
		this.port = port;
		this.seed = seed;
	}

	Map<String, Measurement> run(List<Scenario> mix, int users, Duration duration, String username, String password)
			throws Exception {
		Map<String, Measurement> results = new LinkedHashMap<>();
		mix.forEach((scenario) -> results.put(scenario.name(), new Measurement()));
		List<HttpClient> signedIn = new ArrayList<>();
		for (int i = 0; i < users; i++) {
			HttpClient client = client();
			signIn(client, username, password);
			signedIn.add(client);
		}
		long deadline = System.nanoTime() + duration.toNanos();
		ExecutorService pool = Executors.newFixedThreadPool(users);
		// the same seeds in every run made a run repeat the searches of the one before,
		// which then came from the kept results: a second run measured kept searches, not
		// a warmer JIT
		long run = this.seed + 1_000_003L * this.runs++;
		for (int u = 0; u < users; u++) {
			HttpClient member = signedIn.get(u);
			HttpClient visitor = client();
			Random random = new Random(run + u);
			pool.submit(() -> {
				while (System.nanoTime() < deadline) {
					Scenario scenario = mix.get(random.nextInt(mix.size()));
					request(scenario.signedIn() ? member : visitor, scenario.name(), scenario.path().apply(random),
							results.get(scenario.name()));
				}
			});
		}
		pool.shutdown();
		if (!pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS)) {
			pool.shutdownNow();
		}
		return results;
	}

	/**
	 * Median time in milliseconds of a page requested one at a time, after a few warm-up
	 * requests; signed in when a username is given.
	 */
	double medianMillis(String page, String path, int times, String username, String password) throws Exception {
		HttpClient client = client();
		if (username != null) {
			signIn(client, username, password);
		}
		Measurement measurement = new Measurement();
		for (int i = 0; i < 3; i++) {
			request(client, "warm-up", path, new Measurement());
		}
		for (int i = 0; i < times; i++) {
			request(client, page, path, measurement);
		}
		if (measurement.errors() > 0) {
			throw new IllegalStateException(path + " failed " + measurement.errors() + " times");
		}
		return measurement.percentileNanos(50) / 1_000_000.0;
	}

	private void request(HttpClient client, String page, String path, Measurement measurement) {
		long started = System.nanoTime();
		try {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri(path))
				.header("Accept", "text/html")
				.header(BenchConfiguration.PAGE_HEADER, page)
				.timeout(Duration.ofSeconds(30))
				.build(), HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				measurement.error("status " + response.statusCode());
				return;
			}
			measurement.add(System.nanoTime() - started);
		}
		catch (Exception ex) {
			measurement.error(ex.getClass().getSimpleName());
		}
	}

	private HttpClient client() {
		return HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private void signIn(HttpClient client, String username, String password) throws Exception {
		String login = client.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString())
			.body();
		Matcher token = CSRF.matcher(login);
		if (!token.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + token.group(1);
		HttpResponse<String> response = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form))
			.build(), HttpResponse.BodyHandlers.ofString());
		String location = response.headers().firstValue("Location").orElse("");
		if (response.statusCode() != 302 || location.contains("error") || location.contains("throttled")) {
			throw new IllegalStateException("sign-in as " + username + " failed: " + location);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

}
