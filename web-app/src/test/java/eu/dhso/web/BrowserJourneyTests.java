package eu.dhso.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import eu.dhso.core.testsupport.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Real browser journeys against the running application: Debian's Chromium driven by
 * Playwright. {@code .ci/run} installs the browser; set {@code CHROMIUM} to use another
 * one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dhso.database.enabled=false", "dhso.demo-data=true" })
@Import(TestDatabaseConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyTests {

	@LocalServerPort
	int port;

	Playwright playwright;

	Browser browser;

	@BeforeAll
	void launchBrowser() {
		String executable = System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium");
		if (!Files.isExecutable(Path.of(executable))) {
			throw new IllegalStateException("No Chromium at " + executable
					+ ": install it (apt-get install -y chromium) or point CHROMIUM at one");
		}
		this.playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		this.browser = this.playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(Path.of(executable))
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run")));
	}

	@AfterAll
	void closeBrowser() {
		if (this.browser != null) {
			this.browser.close();
		}
		if (this.playwright != null) {
			this.playwright.close();
		}
	}

	@Test
	void eachDemoRoleSignsInSeesItsNavigationAndSignsOut() {
		Map<String, String> roleLabels = Map.of("admin", "Administrator", "editor", "Editor", "partner", "Partner",
				"trainer", "Trainer", "professional", "Health professional");
		for (DemoAccount account : DemoAccount.ALL) {
			try (var context = this.browser.newContext()) {
				Page page = context.newPage();
				page.navigate(url("/"));
				page.getByRole(com.microsoft.playwright.options.AriaRole.LINK,
						new Page.GetByRoleOptions().setName("Sign in").setExact(true))
					.first()
					.click();
				page.getByLabel("Username").fill(account.username());
				page.getByLabel("Password").fill(account.password());
				page.locator("main button[type=submit]").click();
				assertThat(page.getByTestId("role-badge")).hasText(roleLabels.get(account.username()));
				if ("admin".equals(account.username())) {
					assertThat(page.locator(".admin-nav a")).hasCount(3);
				}
				else {
					assertThat(page.locator(".admin-nav")).hasCount(0);
				}
				page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
						new Page.GetByRoleOptions().setName("Sign out"))
					.click();
				assertThat(page.locator(".flash.success")).hasText("You have signed out.");
				assertThat(page.getByTestId("role-badge")).hasCount(0);
			}
		}
	}

	@Test
	void aVisitorSwitchesToGreekAndBrowsesTheFramework() {
		try (var context = this.browser.newContext()) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.locator("a[lang=el]").click();
			assertThat(page.locator("html")).hasAttribute("lang", "el");
			page.navigate(url("/framework"));
			page.locator("details.competence summary").first().click();
			assertThat(page.locator("details.competence table.levels").first()).isVisible();
		}
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
