package eu.dhso.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import eu.dhso.core.testsupport.TestDatabaseConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * Real browser journeys against the running application: Debian's Chromium driven by
 * Playwright. {@code .ci/run} installs the browser; set {@code CHROMIUM} to use another
 * one. Every journey class extends this one, so they share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "dhso.database.enabled=false", "dhso.demo-data=true" })
@Import(TestDatabaseConfiguration.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTestSupport {

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

	BrowserContext newContext() {
		return this.browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true));
	}

	/** Signs in through the login form and waits for the role badge. */
	void signIn(Page page, String username, String password) {
		page.navigate(url("/login"));
		page.getByLabel("Username").fill(username);
		page.getByLabel("Password").fill(password);
		page.locator("main button[type=submit]").click();
		page.getByTestId("role-badge").waitFor();
	}

	void signOut(Page page) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
