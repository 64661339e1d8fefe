package eu.dhso.web;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.RequestOptions;
import eu.dhso.core.taxonomy.Taxonomy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.http.server.PathContainer;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page as every role: signs in as each demo account (and as nobody), follows every
 * same-origin link from the home page and the role's entry pages (GET only, never signing
 * out, never submitting a form) and fails on a server error, an unresolved message key, a
 * raw code of the project's enums or taxonomy shown as text, and a serious or critical
 * axe-core finding. Bounded: at most {@value #PER_PATTERN} URLs per route pattern and
 * role, and axe once per route pattern.
 */
class CrawlTests extends BrowserTestSupport {

	static final int PER_PATTERN = 3;

	static final Set<String> BLOCKING = Set.of("serious", "critical");

	/** Upper-case words that are ordinary text where they appear (file formats). */
	static final Set<String> NOT_CODES = Set.of("PDF", "CSV", "JSON", "DOCX", "PPTX", "ODT", "ODP", "MP4", "WEBM",
			"PNG", "JPEG", "SVG", "HTML", "TEXT",
			// the acronym of electronic health records, in resource and case prose
			"EHR");

	static final Pattern UNRESOLVED_KEY = Pattern.compile("\\?\\?[^?\\s]+\\?\\?");

	static final Pattern CODE_WORD = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*\\b");

	static final Map<String, List<String>> ENTRY_PAGES = Map.of("anonymous", List.of("/"), "professional",
			List.of("/", "/skills/assessments", "/lab/my", "/mentoring", "/account"), "partner",
			List.of("/", "/cases/my", "/account"), "trainer",
			List.of("/", "/lab/manage/schemes", "/lab/manage/cohorts", "/lab/manage/resources", "/lab/evaluation"),
			"editor", List.of("/", "/cases/review", "/lab/review", "/guidelines/manage", "/skills/map"), "admin",
			List.of("/", "/admin/users", "/admin/organisations", "/admin/audit", "/skills/admin/framework",
					"/cases/reports/manage", "/cases/import", "/observatory/manage/reports",
					"/observatory/manage/indicators", "/network/manage", "/events/manage"),
			"mentor", List.of("/", "/mentoring", "/account"));

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping handlerMapping;

	@Autowired
	Taxonomy taxonomy;

	private final Set<String> audited = new HashSet<>();

	/**
	 * Route patterns the anonymous crawl reached: signed-in roles visit one URL of each.
	 */
	private final Set<String> publicPatterns = new HashSet<>();

	private long axeNanos;

	@Test
	void everyPageAsEveryRoleHasNoErrorNoRawKeyNoRawCodeAndNoSeriousAccessibilityViolation() {
		Set<String> codes = codes();
		List<String> problems = new ArrayList<>();
		long started = System.nanoTime();
		int visited = 0;
		for (String role : List.of("anonymous", "professional", "partner", "trainer", "editor", "admin", "mentor")) {
			try (BrowserContext context = newContext()) {
				Page page = context.newPage();
				if (!role.equals("anonymous")) {
					signIn(page, role,
							DemoAccount.ALL.stream()
								.filter((a) -> a.username().equals(role))
								.findFirst()
								.orElseThrow()
								.password());
				}
				visited += crawl(role, context, page, codes, problems);
			}
		}
		System.out.printf("crawl: %d URLs, %d route patterns audited, in %d s (axe %d s)%n", visited,
				this.audited.size(), (System.nanoTime() - started) / 1_000_000_000L, this.axeNanos / 1_000_000_000L);
		problems.forEach(System.out::println);
		assertThat(problems).isEmpty();
	}

	private int crawl(String role, BrowserContext context, Page page, Set<String> codes, List<String> problems) {
		Deque<String> queue = new ArrayDeque<>(ENTRY_PAGES.get(role));
		Set<String> seen = new HashSet<>(queue);
		Map<String, Integer> perPattern = new HashMap<>();
		int visited = 0;
		while (!queue.isEmpty()) {
			String path = queue.poll();
			String pattern = patternOf(path);
			int cap = (!role.equals("anonymous") && this.publicPatterns.contains(pattern)) ? 1 : PER_PATTERN;
			if (perPattern.merge(pattern, 1, Integer::sum) > cap) {
				continue;
			}
			if (role.equals("anonymous")) {
				this.publicPatterns.add(pattern);
			}
			visited++;
			APIResponse response = context.request()
				.get(url(path),
						RequestOptions.create()
							.setMaxRedirects(0)
							.setHeader("Accept", "text/html,*/*")
							.setHeader("Accept-Language", "en"));
			int status = response.status();
			String where = role + " " + path;
			if (status >= 500) {
				problems.add(where + ": status " + status);
				continue;
			}
			if (status >= 300 && status < 400) {
				String location = response.headers().get("location");
				String next = (location != null) ? sameOrigin(path, location) : null;
				if (next != null && seen.add(next)) {
					queue.add(next);
				}
				continue;
			}
			String type = response.headers().getOrDefault("content-type", "");
			if (status >= 400) {
				System.out.println("crawl: " + where + " answered " + status);
			}
			if (!type.startsWith("text/html")) {
				continue;
			}
			String html = response.text();
			Document document = Jsoup.parse(html);
			Matcher key = UNRESOLVED_KEY.matcher(html);
			while (key.find()) {
				problems.add(where + ": unresolved message " + key.group());
			}
			Set<String> raw = new TreeSet<>();
			String text = visibleText(document);
			Matcher word = CODE_WORD.matcher(text);
			while (word.find()) {
				if (codes.contains(word.group()) && !inReferenceToken(text, word.start(), word.end())
						&& raw.add(word.group()) && raw.size() == 1) {
					raw.add("\""
							+ text.substring(Math.max(0, word.start() - 40), Math.min(text.length(), word.end() + 40))
							+ "\"");
				}
			}
			if (!raw.isEmpty()) {
				problems.add(where + ": raw codes shown " + raw);
			}
			if (status < 400 && this.audited.add(pattern)) {
				problems.addAll(audit(page, path));
			}
			for (Element link : document.select("a[href]")) {
				String next = sameOrigin(path, link.attr("href"));
				if (next != null && seen.add(next)) {
					queue.add(next);
				}
			}
		}
		return visited;
	}

	/**
	 * A code inside a citation or reference token ({@code cell:NURSE/S1.2},
	 * {@code profile:NURSE}) is syntax an editor types, not a label.
	 */
	static boolean inReferenceToken(String text, int start, int end) {
		return (start > 0 && (text.charAt(start - 1) == ':' || text.charAt(start - 1) == '/'))
				|| (end < text.length() && text.charAt(end) == '/');
	}

	/** The path and query of a same-origin link worth following, or null. */
	private String sameOrigin(String from, String href) {
		URI target;
		try {
			target = URI.create(url(from)).resolve(href.strip());
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
		if (!"http".equals(target.getScheme()) || !"localhost".equals(target.getHost())
				|| target.getPort() != this.port) {
			return null;
		}
		String path = target.getRawPath();
		String query = target.getRawQuery();
		if (path == null || path.startsWith("/logout") || (query != null && query.matches("(^|.*&)lang=.*"))) {
			return null;
		}
		return (query != null) ? path + "?" + query : path;
	}

	/** The most specific mapped pattern of a path, or the path itself (static files). */
	private String patternOf(String pathAndQuery) {
		String path = pathAndQuery.replaceFirst("\\?.*", "");
		PathContainer container = PathContainer.parsePath(path);
		return this.handlerMapping.getHandlerMethods()
			.keySet()
			.stream()
			.filter((info) -> info.getPathPatternsCondition() != null)
			.flatMap((info) -> info.getPathPatternsCondition().getPatterns().stream())
			.filter((candidate) -> candidate.matches(container))
			.min(PathPattern.SPECIFICITY_COMPARATOR)
			.map(PathPattern::getPatternString)
			.orElse(path);
	}

	/**
	 * Text a reader sees: no scripts, styles, templates or hidden elements; button values
	 * count.
	 */
	static String visibleText(Document document) {
		Document copy = document.clone();
		copy.select("head, script, style, template, noscript, [hidden]").remove();
		StringBuilder text = new StringBuilder(copy.body().text());
		copy.select("input[type=submit][value], input[type=button][value]")
			.forEach((button) -> text.append(' ').append(button.attr("value")));
		return text.toString();
	}

	/** Constant names of every enum of the project, and the taxonomy's codes. */
	private Set<String> codes() {
		Set<String> codes = new TreeSet<>();
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
		for (var definition : scanner.findCandidateComponents("eu.dhso")) {
			try {
				Class<?> type = Class.forName(definition.getBeanClassName(), false, getClass().getClassLoader());
				// constants with bodies are subclasses of their enum, not enums
				// themselves
				for (Object constant : type.isEnum() ? type.getEnumConstants() : new Object[0]) {
					codes.add(((Enum<?>) constant).name());
				}
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}
		for (List<Taxonomy.Term> terms : List.of(this.taxonomy.professions(), this.taxonomy.careSettings(),
				this.taxonomy.technologies())) {
			terms.forEach((term) -> codes.add(term.code()));
		}
		codes.removeIf((code) -> code.length() < 3 || NOT_CODES.contains(code));
		return codes;
	}

	private List<String> audit(Page page, String path) {
		long start = System.nanoTime();
		try {
			return axe(page, path);
		}
		finally {
			this.axeNanos += System.nanoTime() - start;
		}
	}

	private List<String> axe(Page page, String path) {
		page.navigate(url(path));
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		List<String> found = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			if (BLOCKING.contains(rule.getImpact())) {
				rule.getNodes()
					.forEach((node) -> found.add("%s axe %s [%s] %s: %s".formatted(path, rule.getId(), rule.getImpact(),
							node.getTarget(), rule.getHelp())));
			}
		}
		return found;
	}

}
