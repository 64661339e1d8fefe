package eu.dhso.web;

import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Journeys through the foundation: sign-in per role, language switch. */
class BrowserJourneyTests extends BrowserTestSupport {

	@Test
	void eachDemoRoleSignsInSeesItsNavigationAndSignsOut() {
		Map<String, String> roleLabels = Map.of("admin", "Administrator", "editor", "Editor", "partner", "Partner",
				"trainer", "Trainer", "professional", "Health professional", "mentor", "Mentor", "agent-nurse",
				"Health professional", "agent-pharmacist", "Health professional");
		for (DemoAccount account : DemoAccount.ALL) {
			try (var context = newContext()) {
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
					assertThat(page.locator(".admin-nav a")).hasCount(5);
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
		try (var context = newContext()) {
			Page page = context.newPage();
			page.navigate(url("/"));
			page.getByLabel("Language").selectOption("el");
			page.locator("form.languages button").click();
			assertThat(page.locator("html")).hasAttribute("lang", "el");
			page.navigate(url("/framework"));
			page.locator("details.competence summary").first().click();
			assertThat(page.locator("details.competence table.levels").first()).isVisible();
		}
	}

}
