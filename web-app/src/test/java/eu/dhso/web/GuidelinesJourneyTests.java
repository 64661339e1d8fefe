package eu.dhso.web;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The observatory's publishing journey: an administrator composes a report that embeds a
 * live indicator and publishes it; an anonymous visitor reads it, downloads its PDF and
 * compares two versions of a guideline.
 */
class GuidelinesJourneyTests extends BrowserTestSupport {

	@Test
	void anAdministratorPublishesAReportThatAVisitorReadsDownloadsAndComparesGuidelines() throws Exception {
		String slug = "journey-report-" + System.nanoTime();
		try (var context = newContext()) {
			Page page = context.newPage();
			signIn(page, "admin", "lighthouse-harbour-42");
			page.navigate(url("/observatory/manage/reports/new"));
			page.locator("#slug").fill(slug);
			page.locator("#title").fill("Journey report");
			page.locator("#summary").fill("What the network looks like.");
			page.locator("#body").fill("## Members\nThe network grows.\n\n{{indicator:network.members}}\n");
			page.locator("main button.primary").click();
			assertThat(page.locator("table[data-indicator='network.members']")).isVisible();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish the report")).click();
			assertThat(page.locator(".flash.success")).hasText("The report is published; its figures are frozen.");
			assertThat(page.locator("table[data-indicator='network.members']")).isVisible();
			signOut(page);
		}
		try (var context = newContext()) {
			Page page = context.newPage();
			page.navigate(url("/observatory/reports"));
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Journey report")).click();
			assertThat(page.locator("h1")).hasText("Journey report");
			assertThat(page.locator("table[data-indicator='network.members'] tbody tr").first()).isVisible();
			Download download = page.waitForDownload(() -> page.getByTestId("report-pdf").click());
			assertThat(download.suggestedFilename()).isEqualTo(slug + ".pdf");
			byte[] pdf = Files.readAllBytes(Path.of(download.path().toString()));
			assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");

			page.navigate(url("/guidelines"));
			page.getByRole(AriaRole.LINK,
					new Page.GetByRoleOptions().setName("Embedding soft-skills training in hospitals"))
				.click();
			page.locator("#from").selectOption("1");
			page.locator("#to").selectOption("2");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare")).click();
			assertThat(page.locator("h1")).hasText("Changes from version 1 to version 2");
			assertThat(page.locator(".diff .added").first()).isVisible();
			assertThat(page.locator("main")).containsText("digital change agents");
		}
	}

}
