package eu.dhso.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * axe-core on every main page, in Chromium: serious and critical violations fail the
 * build and are printed with the elements concerned. The case form works with the
 * keyboard alone.
 */
class AccessibilityTests extends BrowserTestSupport {

	static final Set<String> BLOCKING = Set.of("serious", "critical");

	/**
	 * Violations already reported to the module that owns the template, as "rule target";
	 * they are printed but do not fail the build. Remove a line once its module is fixed.
	 */
	static final Set<String> REPORTED = Set.of();

	@Test
	void publicPagesHaveNoSeriousAccessibilityViolations() {
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			List<String> violations = new ArrayList<>();
			for (String path : List.of("/", "/cases", "/login", "/register", "/framework", "/skills",
					"/skills/profiles", "/skills/profiles/NURSE", "/skills/map/public", "/lab", "/guidelines")) {
				violations.addAll(audit(page, path));
			}
			page.navigate(url("/cases"));
			String detail = page.locator("main a[href^='/cases/']")
				.evaluateAll("links => links.map(l => l.getAttribute('href')).find(h => /^\\/cases\\/\\d+$/.test(h))")
				.toString();
			violations.addAll(audit(page, detail));
			assertThat(violations).isEmpty();
		}
	}

	@Test
	void signedInPagesHaveNoSeriousAccessibilityViolations() {
		List<String> violations = new ArrayList<>();
		for (String[] visit : new String[][] { { "professional", "/skills/assessments", "/account" },
				{ "editor", "/skills/map", "/cases/review" }, { "partner", "/cases/my", "/cases/my/new" },
				{ "admin", "/admin/users", "/admin/audit" } }) {
			try (BrowserContext context = newContext()) {
				Page page = context.newPage();
				DemoAccount account = DemoAccount.ALL.stream()
					.filter((a) -> a.username().equals(visit[0]))
					.findFirst()
					.orElseThrow();
				signIn(page, account.username(), account.password());
				violations.addAll(audit(page, visit[1]));
				violations.addAll(audit(page, visit[2]));
			}
		}
		assertThat(violations).isEmpty();
	}

	@Test
	void theCaseFormCanBeFilledAndSavedWithTheKeyboardAlone() {
		try (BrowserContext context = newContext()) {
			Page page = context.newPage();
			signIn(page, "partner", DemoAccount.ALL.get(2).password());
			page.navigate(url("/cases/my/new"));
			Locator form = page.locator("main form:has(button[value=next])");
			@SuppressWarnings("unchecked")
			List<String> expected = (List<String>) form.locator("input:not([type=hidden]), select, textarea, button")
				.evaluateAll("els => els.map(e => e.name + '=' + e.value + '#' + e.id)");
			Set<String> reached = new LinkedHashSet<>();
			for (int i = 0; i < 300 && reached.size() < expected.size(); i++) {
				page.keyboard().press("Tab");
				Object focused = page.evaluate("() => { const e = document.activeElement;"
						+ " return e && e.form ? e.name + '=' + e.value + '#' + e.id : null; }");
				if (focused != null && expected.contains(focused)) {
					reached.add((String) focused);
				}
			}
			assertThat(reached).as("form controls reached with Tab").containsExactlyInAnyOrderElementsOf(expected);

			form.locator("#title").focus();
			page.keyboard().type("Keyboard-only telehealth pilot");
			Response saved = page.waitForResponse((response) -> response.request().method().equals("POST"),
					() -> page.keyboard().press("Enter"));
			assertThat(saved.request().postData()).contains("title=Keyboard-only+telehealth+pilot");
		}
	}

	private List<String> audit(Page page, String path) {
		page.navigate(url(path));
		AxeResults results = new AxeBuilder(page).withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
			.analyze();
		List<String> found = new ArrayList<>();
		for (Rule rule : results.getViolations()) {
			if (BLOCKING.contains(rule.getImpact())) {
				rule.getNodes().forEach((node) -> {
					String violation = "%s %s [%s] %s: %s".formatted(path, rule.getId(), rule.getImpact(),
							node.getTarget(), rule.getHelp());
					System.out.println(violation);
					if (!REPORTED.contains(rule.getId() + " " + node.getTarget())) {
						found.add(violation);
					}
				});
			}
		}
		return found;
	}

}
