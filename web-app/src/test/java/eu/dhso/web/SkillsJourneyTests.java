package eu.dhso.web;

import java.io.IOException;
import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/** The self-assessment in a real browser, over two sign-ins. */
class SkillsJourneyTests extends BrowserTestSupport {

	static final String PASSWORD = "compass rose over the harbour";

	@Test
	void aProfessionalRegistersStopsHalfwayResumesSubmitsAndDownloadsTheReport() throws IOException {
		String username = "journey" + (System.nanoTime() % 1_000_000_000L);
		try (var context = newContext()) {
			Page page = context.newPage();
			page.navigate(url("/register"));
			page.getByLabel("Username").fill(username);
			page.getByLabel("Full name").fill("Journey Nurse");
			page.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill(PASSWORD);
			page.getByLabel("Repeat the password").fill(PASSWORD);
			page.locator("main button[type=submit]").click();
			assertThat(page.locator(".flash.success")).isVisible();

			signIn(page, username, PASSWORD);
			page.navigate(url("/skills/assessments"));
			page.getByLabel("Profession", new Page.GetByLabelOptions().setExact(true)).selectOption("NURSE");
			page.getByLabel("Country").selectOption("IT");
			page.getByLabel("Care setting").selectOption("HOSPITAL");
			page.getByLabel("Professional experience").selectOption("YEARS_2_5");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start").setExact(true)).click();

			// Half of the fourteen areas, then away.
			for (int area = 0; area < 7; area++) {
				answerThisArea(page);
				button(page, "Save and continue").click();
			}
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/areas/S8$"));
			signOut(page);

			signIn(page, username, PASSWORD);
			page.navigate(url("/skills/assessments"));
			// While an attempt is open the page offers to resume it, not to start again.
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Resume the self-assessment")).click();
			// Resuming opens the first area with unanswered questions.
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/areas/S8$"));
			while (button(page, "Save and continue").count() > 0) {
				answerThisArea(page);
				button(page, "Save and continue").click();
			}
			answerThisArea(page);
			button(page, "Save and review").click();
			button(page, "Submit and see my result").click();

			assertThat(page.locator("h1")).hasText("Your self-assessment result");
			Download download = page.waitForDownload(() -> page
				.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download this report as PDF"))
				.click());
			byte[] pdf = Files.readAllBytes(download.path());
			assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		}
	}

	/** The second statement or option of every question on the page. */
	private static void answerThisArea(Page page) {
		Locator choices = page.locator("main input[type=radio][id$='-2']");
		choices.first().waitFor();
		for (Locator choice : choices.all()) {
			choice.check();
		}
	}

	private static Locator button(Page page, String name) {
		return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

}
