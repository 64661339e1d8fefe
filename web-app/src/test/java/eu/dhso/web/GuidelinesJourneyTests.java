package eu.dhso.web;

import java.nio.file.Files;
import java.nio.file.Path;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
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

	@Test
	void anEditorCitesACaseAndASkillsMapCellAndAnAnonymousReaderFollowsBothToWhatWasCited() {
		String slug = "journey-cited-" + System.nanoTime();
		String caseTitle;
		try (var context = newContext()) {
			Page page = context.newPage();
			signIn(page, "editor", "review-garden-17");
			page.navigate(url("/guidelines/manage/new"));
			page.locator("#slug").fill(slug);
			page.locator("#title").fill("Cited journey guideline");
			page.locator("#audience").selectOption("HEALTHCARE_ORGANISATIONS");
			page.locator("#body").fill("## Evidence\nWhat the cases and the map show.");
			page.locator("#recommendations").fill("Train nurses in communication on the ward");
			page.locator("main button.primary").click();
			assertThat(page.locator(".flash.success")).isVisible();

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cite evidence")).click();
			page.locator("#kind").selectOption("CASE");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
			var firstCase = page.getByTestId("evidence-results").locator("tbody tr").first();
			caseTitle = firstCase.locator("td a").first().textContent();
			firstCase.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cite")).click();
			assertThat(page.locator(".flash.success")).hasText("Citation added to the draft.");

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Cite evidence")).click();
			page.locator("#kind").selectOption("SKILLS_CELL");
			page.locator("#q").fill("NURSE S1.1");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Search")).click();
			page.getByTestId("evidence-results")
				.locator("tbody tr")
				.first()
				.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cite"))
				.click();
			assertThat(page.locator(".flash.success")).hasText("Citation added to the draft.");

			page.locator("#changeNote").fill("First edition, with its evidence.");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish as a new version")).click();
			assertThat(page.locator("h1")).hasText("Cited journey guideline");
			signOut(page);
		}
		try (var context = newContext()) {
			Page page = context.newPage();
			page.navigate(url("/guidelines/" + slug));
			assertThat(page.locator(".evidence li")).hasCount(2);
			assertThat(page.locator(".evidence .figure")).containsText("figure as cited:");
			page.locator(".evidence a[data-citation^='case:']").click();
			assertThat(page.locator("h1")).hasText(caseTitle);

			page.navigate(url("/guidelines/" + slug));
			String figure = page.locator(".evidence .figure").textContent();
			page.locator(".evidence a[data-citation^='cell:NURSE/S1.1/']").click();
			assertThat(page.locator("h1")).hasText("Skills-map finding");
			assertThat(page.locator("main")).containsText("S1.1");
			// the released mean the guideline froze is the one the page shows
			String mean = figure.replaceAll(".*: ([0-9.]+) .*", "$1");
			assertThat(page.locator("main .mean")).hasText(mean);
		}
	}

}
